// What `npm install dvc-register` delivers (`npm pack --dry-run`, after `npm run build`): everything
// README's "What the package holds" promises and package.json points at, and nothing from the
// tests, stories, demo or mock sources; the mock backend ships only as the built bin bundle.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
let files = [];

before(() => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  files = JSON.parse(out)[0].files.map((f) => f.path);
});

const packed = (path) => (path.endsWith('/') ? files.some((f) => f.startsWith(path)) : files.includes(path.replace(/^\.\//, '')));

/** Paths in backticks in README's "What the package holds" section. */
function promised() {
  const section = /## What the package holds\n([\s\S]*?)(?=\n## )/.exec(readme);
  assert.ok(section, 'README has a "What the package holds" section');
  return [...section[1].matchAll(/`((?:dist|types|bin|docs)\/[^`]*)`/g)].map((m) => m[1]);
}

describe('the npm package', () => {
  it('holds everything README promises', () => {
    const paths = promised();
    assert.ok(paths.length >= 8, `README names the package's parts (${paths.join(', ')})`);
    assert.deepEqual(paths.filter((p) => !packed(p)), []);
  });

  it('holds every file package.json points at: main, types, exports, bin, customElements', () => {
    const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...Object.values(pkg.bin)];
    for (const target of Object.values(pkg.exports)) targets.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    assert.deepEqual(targets.filter((t) => !packed(t)), []);
  });

  it('holds every document README links to', () => {
    const links = [...readme.matchAll(/\]\(((?:docs|dist|types)\/[^)#\s]+)/g)].map((m) => m[1]);
    assert.ok(links.length >= 4);
    assert.deepEqual(links.filter((l) => !packed(l)), []);
  });

  it('carries its own licence, the one package.json names', () => {
    assert.ok(packed('LICENSE'));
    assert.match(readFileSync('LICENSE', 'utf8'), new RegExp(`^${pkg.license} License\n\nCopyright \\(c\\) \\d{4} \\S`));
  });

  it('holds nothing from tests, stories, the demo, scripts or sources', () => {
    const stray = files.filter(
      (f) => /^(test|stories|demo|bench|scripts|src|\.storybook|locales|node_modules)\//.test(f) || /\.(test|stories)\.[jt]sx?$/.test(f) || /mockServiceWorker/.test(f),
    );
    assert.deepEqual(stray, []);
  });

  it('keeps the mock backend out of everything a browser loads', () => {
    const browserFiles = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.startsWith('dist/node/'));
    assert.ok(browserFiles.includes('dist/dvc-register.js'));
    for (const file of browserFiles) {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /MockBackend|mockServiceWorker|__mock|setupWorker/, `${file} carries mock code`);
    }
    // The one place mocks ship: the HTTP mock bin's own bundle, with msw inside it.
    assert.ok(files.includes('dist/node/mock-server.js'));
    assert.equal(pkg.dependencies.msw, undefined, 'msw is bundled into the bin, never installed with the widget');
  });

  it('runs both bins from the package with --help', () => {
    for (const bin of Object.values(pkg.bin)) {
      const out = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
      assert.match(out, /dvc-register-(mock|conformance)/);
    }
  });
});
