// The licences of the third-party code a build bundles, written beside its output. Lit and
// @lit/localize (BSD-3-Clause) and the MIT packages ask that their copyright notice and licence
// travel with every copy, minified ones included; the minifier drops their comments, and the
// first load cannot afford to carry them. One text file per bundle (webpack's `<entry>.LICENSE.txt`
// convention), listing each package it holds with its version and its own licence text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package directory and name of a bundled module's id, or undefined for our own code. */
function packageOf(id) {
  const match = /^(.*[\\/]node_modules[\\/])((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id.replace(/^\0/, ''));
  return match ? { dir: match[1] + match[2], name: match[2].replace(/\\/g, '/') } : undefined;
}

function notice(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `Licensed under ${pkg.license} (no licence file in the package).`;
  return `${pkg.name} ${pkg.version} — ${pkg.license}\n\n${text}`;
}

/** A Vite plugin: emits `fileName` listing the licences of every package the build's chunks hold. */
export function licenseNotices(fileName) {
  return {
    name: 'dvc-license-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dirs = new Map();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const found = packageOf(id);
          if (found) dirs.set(found.name, found.dir);
        }
      }
      if (dirs.size === 0) return;
      const sections = [...dirs.keys()].sort().map((name) => notice(dirs.get(name)));
      const source =
        `Third-party code in this bundle, with the licence of each package.\n\n${'='.repeat(72)}\n\n` +
        `${sections.join(`\n\n${'='.repeat(72)}\n\n`)}\n`;
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
