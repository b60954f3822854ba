// Fills English <target>s in locales/en.xlf from a JSON object { "message.id": "English text" }.
// Placeholders: write {0}, {1}… where the Vietnamese source has its 1st, 2nd… ${expression};
// they become the source's own <x/> elements, so lit-localize can put the values back.
// Usage: node scripts/i18n-fill.mjs translations.json   (or pipe the JSON on stdin)
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'locales/en.xlf';
const input = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
let xlf = readFileSync(FILE, 'utf8');

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let filled = 0;
const unknown = [];

for (const [id, english] of Object.entries(input)) {
  const unit = new RegExp(`(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*<source>([\\s\\S]*?)</source>)(\\s*<target>[\\s\\S]*?</target>)?`);
  const match = xlf.match(unit);
  if (!match) {
    unknown.push(id);
    continue;
  }
  const placeholders = match[2].match(/<x [^>]*\/>/g) ?? [];
  const target = escape(english).replace(/\{(\d+)\}/g, (_, n) => {
    const x = placeholders[Number(n)];
    if (!x) throw new Error(`${id}: the source has no placeholder {${n}}`);
    return x;
  });
  xlf = xlf.replace(unit, `${match[1]}\n  <target>${target}</target>`);
  filled++;
}

writeFileSync(FILE, xlf);
console.log(`filled ${filled} translation(s)`);
if (unknown.length) {
  console.error(`no such message id in ${FILE} (run \`npm run i18n:extract\` first): ${unknown.join(', ')}`);
  process.exit(1);
}
