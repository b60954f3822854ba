// dist/custom-elements.json (built from the class JSDoc by `npm run build`) against the source it
// describes: every configuration attribute of src/register/config.ts, every event class of
// src/events/, and every --dvc-* token the styles read, so editors and Storybook see all of them.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === 'dvc-register');

/** Attribute names of ATTRIBUTES in config.ts, following the VNEID_ATTRIBUTES it spreads in. */
function configAttributes() {
  const config = readFileSync('src/register/config.ts', 'utf8');
  const vneid = readFileSync('src/vneid/config.ts', 'utf8');
  const block = (source, name) => {
    const match = new RegExp(`export const ${name} = \\{([\\s\\S]*?)\\n\\}`).exec(source);
    assert.ok(match, `${name} found`);
    return match[1];
  };
  const vneidNames = Object.fromEntries([...block(vneid, 'VNEID_ATTRIBUTES').matchAll(/(\w+):\s*'([^']+)'/g)].map((m) => [m[1], m[2]]));
  const entries = [...block(config, 'ATTRIBUTES').matchAll(/(\w+):\s*(?:'([^']+)'|VNEID_ATTRIBUTES\.(\w+))/g)];
  assert.ok(entries.length >= 10, 'the ATTRIBUTES block was read');
  return entries.map(([, , literal, vneidKey]) => literal ?? vneidNames[vneidKey]);
}

/** `static readonly eventName = '…'` of each class in src/events/. */
function eventClasses() {
  return readdirSync('src/events')
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`src/events/${f}`, 'utf8').matchAll(/export class (\w+)[^{]*\{[^}]*?static readonly eventName = '([^']+)'/g)])
    .map(([, className, eventName]) => ({ className, eventName }));
}

describe('custom-elements.json', () => {
  it('is the file package.json names in "customElements", and is shipped', () => {
    assert.equal(pkg.customElements.replace(/^\.\//, ''), 'dist/custom-elements.json');
    assert.ok(pkg.files.includes('dist'));
    assert.match(manifest.schemaVersion, /^\d+\.\d+\.\d+$/);
  });

  it('declares <dvc-register> with its class and a custom-element definition', () => {
    assert.ok(element, 'a custom element with tagName dvc-register');
    assert.equal(element.name, 'DvcRegister');
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(definitions.map((d) => d.name), ['dvc-register']);
  });

  it('lists every configuration attribute of src/register/config.ts, and lang', () => {
    const listed = new Set(element.attributes.map((a) => a.name));
    const expected = [...configAttributes(), 'lang'];
    assert.deepEqual(expected.filter((name) => !listed.has(name)), []);
    for (const attribute of element.attributes) assert.ok(attribute.description?.length > 10, `${attribute.name} is described`);
  });

  it('lists every event class of src/events/ by name and type, and no other event', () => {
    const classes = eventClasses();
    assert.ok(classes.length >= 4, 'event classes were read');
    const events = element.events.map((e) => ({ className: e.type?.text, eventName: e.name }));
    const byName = (a, b) => a.eventName.localeCompare(b.eventName);
    assert.deepEqual(events.sort(byName), classes.sort(byName));
    for (const event of element.events) assert.ok(event.description?.length > 10, `${event.name} is described`);
  });

  it('lists every --dvc-* custom property the styles read, and the parts', () => {
    const used = new Set();
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) for (const [, name] of readFileSync(path, 'utf8').matchAll(/var\((--dvc-[a-z0-9-]+)/g)) used.add(name);
      }
    };
    walk('src');
    const listed = new Set(element.cssProperties.map((p) => p.name));
    assert.deepEqual([...used].filter((name) => !listed.has(name)).sort(), []);
    assert.deepEqual(element.cssParts.map((p) => p.name).sort(), ['frame', 'heading']);
  });
});
