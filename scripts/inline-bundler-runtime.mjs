// The bundler (rolldown) keeps its small runtime helpers (today one: the namespace object of a
// module imported with import()) in a chunk of their own whenever two chunks use them. For the
// first load that chunk was a request of its own, 150 bytes, asked for only once the core had
// arrived. This copies the helpers into each chunk that imports them and drops the chunk; a build
// whose output does not have the expected shape is left as it is (the loader then asks for the
// chunk beside the core, vite.config.ts).

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = VLQ.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values) {
  return values
    .map((v) => {
      let rest = v < 0 ? (-v << 1) | 1 : v << 1;
      let out = '';
      do {
        let digit = rest & 31;
        rest >>>= 5;
        if (rest > 0) digit |= 32;
        out += VLQ[digit];
      } while (rest > 0);
      return out;
    })
    .join('');
}

/**
 * Moves what follows column `from` on generated line `line` (0-based) by `delta` columns in a
 * source map's `mappings`: columns within a line are relative, so only the first segment at or
 * past `from` changes.
 */
export function shiftLine(mappings, line, from, delta) {
  const lines = mappings.split(';');
  if (line >= lines.length) return mappings;
  const segments = lines[line].split(',');
  let column = 0;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] === '') continue;
    const fields = decodeVlq(segments[i]);
    column += fields[0];
    if (column >= from) {
      fields[0] += delta;
      segments[i] = encodeVlq(fields);
      break;
    }
  }
  lines[line] = segments.join(',');
  return lines.join(';');
}

/** `a as b, c` → [['a', 'b'], ['c', 'c']] */
const pairs = (list) =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [from, to = from] = s.split(/\s+as\s+/);
      return [from, to];
    });

/** In a Vite/rolldown `generateBundle` hook: copies the runtime chunk into its importers. */
export function inlineBundlerRuntime(bundle) {
  const runtime = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'rolldown-runtime');
  if (!runtime) return false;
  const code = runtime.code.replace(/\/\/# sourceMappingURL=.*$/m, '').trim();
  const exported = /export\s*\{([^}]*)\};?$/.exec(code);
  if (!exported) return false;
  const body = code.slice(0, exported.index);
  // exported name → the runtime's local name
  const locals = new Map(pairs(exported[1]).map(([local, name]) => [name, local]));
  const base = runtime.fileName.slice(runtime.fileName.lastIndexOf('/') + 1);
  const importers = Object.values(bundle).filter((c) => c.type === 'chunk' && c.imports.includes(runtime.fileName));
  const statement = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"\\./${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}";?`);
  const edits = [];
  for (const chunk of importers) {
    const found = statement.exec(chunk.code);
    if (!found) return false;
    const wanted = pairs(found[1]);
    if (!wanted.every(([name]) => locals.has(name))) return false;
    // The helpers in a scope of their own, so their names cannot meet the chunk's.
    const copy = `const[${wanted.map(([, as]) => as).join(',')}]=(()=>{${body}return[${wanted.map(([name]) => locals.get(name)).join(',')}]})();`;
    edits.push({ chunk, found, copy });
  }
  for (const { chunk, found, copy } of edits) {
    chunk.code = chunk.code.slice(0, found.index) + copy + chunk.code.slice(found.index + found[0].length);
    chunk.imports = chunk.imports.filter((f) => f !== runtime.fileName);
    const map = chunk.map;
    // The statement's line and column (a banner may come before it, vite.config.ts COMPILE_HINT).
    const before = chunk.code.slice(0, found.index);
    const line = before.split('\n').length - 1;
    const column = found.index - (before.lastIndexOf('\n') + 1);
    if (map) map.mappings = shiftLine(map.mappings, line, column + found[0].length, copy.length - found[0].length);
  }
  delete bundle[runtime.fileName];
  delete bundle[`${runtime.fileName}.map`];
  return true;
}
