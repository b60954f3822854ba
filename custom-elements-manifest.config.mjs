// custom-elements.json, generated from the class JSDoc (@attr, @event, @csspart, @cssproperty) by
// `npm run build`, shipped and named in package.json `customElements` for editors and Storybook.
// test/node/custom-elements.test.mjs checks it lists every configuration attribute, event and token.

/**
 * The analyzer also reports what it guesses from the code: events from `dispatchEvent(new X())`
 * (without their names) and local variables it mistakes for declarations. The JSDoc is the
 * contract, so only named `dvc-*` events and exported or custom-element declarations are kept,
 * and private members, which no integrator can use, are left out.
 */
const publicSurfaceOnly = {
  name: 'dvc-public-surface-only',
  packageLinkPhase({ customElementsManifest }) {
    // define() in src/dvc-register.ts goes through a helper the analyzer does not follow.
    const entry = customElementsManifest.modules.find((m) => m.path === 'src/dvc-register.ts');
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (entry && d.customElement && d.tagName && !entry.exports?.some((e) => e.name === d.tagName)) {
          (entry.exports ??= []).push({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } });
        }
      }
    }
    for (const mod of customElementsManifest.modules) {
      const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
      mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement || exported.has(d.name));
      for (const d of mod.declarations) {
        if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('dvc-'));
        if (d.members) d.members = d.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'));
      }
    }
  },
};

export default {
  globs: ['src/dvc-register.ts', 'src/register/dvc-register.ts', 'src/events/*.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  // package.json names it already; the analyzer would rewrite the field on every build.
  packagejson: false,
  plugins: [publicSurfaceOnly],
};
