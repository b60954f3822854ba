/**
 * Prints warnings for the webmaster in the console. The first load carries only their data
 * (ConfigWarning, config.ts); their sentences are downloaded when there is one to print
 * (config-warnings.ts), which a correctly configured page never needs.
 */
import { lazyChunk } from '../loading/chunk.js';
import type { ConfigWarning } from './config.js';

const sentences = lazyChunk('config-warnings', () => import('./config-warnings.js'));

/**
 * Prints each warning with console.warn, in order, skipping a sentence already in `printed` (the
 * configuration is read again on every attribute change). Should the sentences fail to download,
 * each warning's data still says what is wrong.
 */
export function printWarnings(warnings: readonly ConfigWarning[], printed = new Set<string>()): void {
  if (warnings.length === 0) return;
  void sentences
    .load()
    .then(
      (module) => warnings.map((w) => module.configWarning(w)),
      () => warnings.map((w) => `<dvc-register>: ${JSON.stringify(w)}`),
    )
    .then((messages) => {
      for (const message of messages) {
        if (printed.has(message)) continue;
        printed.add(message);
        console.warn(message);
      }
    });
}
