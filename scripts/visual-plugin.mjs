// The visual check's server side: a web-test-runner command that screenshots a region of the
// test page (Chromium, through puppeteer) and compares it with a committed baseline PNG.
//
//   executeServerCommand('visual-compare', { name, clip: { x, y, width, height } })
//   → { ok: true } | { ok: true, updated: true } | { ok: false, message }
//
// Baselines live in test/visual/baselines/<name>.png. `npm run test:update-visual` (or
// UPDATE_VISUAL=1) writes them instead of comparing. A mismatch writes <name>.actual.png and
// <name>.diff.png (changed pixels in red) to .test-results/visual/ for review.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * @param {{ baselineDir?: string, resultsDir?: string, update?: boolean, threshold?: number }} [options]
 */
export function visualPlugin({
  baselineDir = 'test/visual/baselines',
  resultsDir = '.test-results/visual',
  update = process.env.UPDATE_VISUAL === '1',
  // pixelmatch's per-pixel colour tolerance; antialiasing differences are ignored by pixelmatch itself.
  threshold = 0.1,
} = {}) {
  return {
    name: 'visual-compare',
    async executeCommand({ command, payload, session }) {
      if (command !== 'visual-compare') return undefined;
      const { name, clip } = payload;
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`visual-compare: name must be kebab-case, got ${name}`);
      // The baselines are Chromium's rendering; other engines draw text differently and are not compared.
      if (!/chrom/i.test(session.browser.name)) return { ok: true, skipped: `baselines are Chromium's; this is ${session.browser.name}` };
      const page = session.browser.getPage?.(session.id);
      if (!page) return { ok: false, message: `visual-compare needs the puppeteer page of ${session.browser.name}` };

      const shot = PNG.sync.read(Buffer.from(await page.screenshot({ clip, captureBeyondViewport: true, type: 'png' })));
      const baselinePath = path.join(baselineDir, `${name}.png`);
      if (update) {
        mkdirSync(baselineDir, { recursive: true });
        // Smallest files, as they are committed: RGB (the page is opaque), strongest compression.
        writeFileSync(baselinePath, PNG.sync.write(shot, { colorType: 2, inputHasAlpha: true, deflateLevel: 9, filterType: -1 }));
        return { ok: true, updated: true };
      }
      mkdirSync(resultsDir, { recursive: true });
      const actualPath = path.join(resultsDir, `${name}.actual.png`);
      if (!existsSync(baselinePath)) {
        writeFileSync(actualPath, PNG.sync.write(shot));
        return { ok: false, message: `No baseline ${baselinePath}: run \`npm run test:update-visual\` (this run's screenshot: ${actualPath})` };
      }
      const baseline = PNG.sync.read(readFileSync(baselinePath));
      if (baseline.width !== shot.width || baseline.height !== shot.height) {
        writeFileSync(actualPath, PNG.sync.write(shot));
        return {
          ok: false,
          message: `${name}: ${shot.width}×${shot.height} px, baseline ${baseline.width}×${baseline.height} px (see ${actualPath})`,
        };
      }
      const diff = new PNG({ width: shot.width, height: shot.height });
      const changed = pixelmatch(baseline.data, shot.data, diff.data, shot.width, shot.height, { threshold });
      if (changed === 0) return { ok: true };
      const diffPath = path.join(resultsDir, `${name}.diff.png`);
      writeFileSync(actualPath, PNG.sync.write(shot));
      writeFileSync(diffPath, PNG.sync.write(diff));
      return { ok: false, message: `${name}: ${changed} pixels differ from ${baselinePath} (see ${diffPath} and ${actualPath})` };
    },
  };
}
