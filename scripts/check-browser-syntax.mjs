// Fails the build when dist/ holds syntax the supported browsers cannot parse ("Browser support"
// in the README). A script that does not parse runs none of its code: the person sees a blank box.
//   chunks/*.js        the widget: ECMAScript 2021 (Safari 15, Chrome 90, Firefox 91), and no regex
//                      lookbehind (Safari < 16.4 rejects the whole file over one).
//   vneid.js           the VNeID callback helper a portal's callback page loads: same as chunks.
//   dvc-register.js    the loader: 2017 syntax plus import(), so that browsers far below the floor
//                      still run it and show their message (src/platform/loader.ts).
// dist/validation.js is for Node backends (Node >= 20.19) and is not checked here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as acorn from 'acorn';

const DIST = 'dist';
const WIDGET_ECMA_VERSION = 2021;

/** Syntax newer than 2017 that acorn accepts at 2020 (needed for import()), refused in the loader. */
function newerThanLoaderFloor(node) {
  switch (node.type) {
    case 'ChainExpression':
      return '?. (optional chaining)';
    case 'LogicalExpression':
      return node.operator === '??' ? '?? (nullish coalescing)' : undefined;
    case 'AssignmentExpression':
      return ['??=', '||=', '&&='].includes(node.operator) ? `${node.operator} (logical assignment)` : undefined;
    case 'CatchClause':
      return node.param === null ? 'catch without a binding' : undefined;
    case 'ObjectExpression':
      return node.properties.some((p) => p.type === 'SpreadElement') ? 'object spread' : undefined;
    case 'ObjectPattern':
      return node.properties.some((p) => p.type === 'RestElement') ? 'object rest' : undefined;
    case 'ForOfStatement':
      return node.await ? 'for await' : undefined;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
      return node.async && node.generator ? 'async generator' : undefined;
    case 'Literal':
      if (node.bigint !== undefined) return 'BigInt literal';
      if (node.regex && node.regex.flags.includes('s')) return 'regex s flag';
      return undefined;
    case 'PropertyDefinition':
    case 'PrivateIdentifier':
      return 'class field';
    default:
      return undefined;
  }
}

/**
 * Chrome 80–90 fail at run time on a call inside an optional chain whose spread argument is not
 * the last one (`a?.f(...xs, 1)`, crbug.com/42201552). The bundler is told Chrome 91 so that it
 * ships `?.` as written (lowering every one would cost 0.3 KB gzip of the first load); this check
 * keeps Chrome 90 supported by refusing that one pattern.
 */
function chrome90OptionalCallBug(node) {
  if (node.type !== 'ChainExpression') return false;
  for (let link = node.expression; link && (link.type === 'CallExpression' || link.type === 'MemberExpression'); ) {
    if (link.type === 'CallExpression') {
      const spreadAt = link.arguments.findIndex((a) => a.type === 'SpreadElement');
      if (spreadAt !== -1 && spreadAt < link.arguments.length - 1) return true;
      link = link.callee;
    } else link = link.object;
  }
  return false;
}

/** Regex lookbehind, in a literal or in a string that may become a RegExp. */
function lookbehindIn(node) {
  if (node.type !== 'Literal' && node.type !== 'TemplateElement') return false;
  const text = node.regex ? node.regex.pattern : typeof node.value === 'string' ? node.value : node.value?.cooked;
  return typeof text === 'string' && /\(\?<[=!]/.test(text);
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child === 'object' && typeof child.type === 'string') walk(child, visit);
  }
}

export function checkFile(file, code, { loader }) {
  const problems = [];
  let ast;
  try {
    ast = acorn.parse(code, { ecmaVersion: loader ? 2020 : WIDGET_ECMA_VERSION, sourceType: 'module', locations: true });
  } catch (error) {
    return [`${file}: not ECMAScript ${loader ? '2020' : WIDGET_ECMA_VERSION}: ${error.message}: …${code.slice(Math.max(0, error.pos - 40), error.pos + 40)}…`];
  }
  walk(ast, (node) => {
    const where = `${file}:${node.loc.start.line}:${node.loc.start.column}`;
    if (lookbehindIn(node)) problems.push(`${where}: regex lookbehind (Safari < 16.4 cannot parse it)`);
    if (chrome90OptionalCallBug(node)) problems.push(`${where}: a spread before the last argument of a call in ?. (fails in Chrome 80–90)`);
    if (loader) {
      const newer = newerThanLoaderFloor(node);
      if (newer) problems.push(`${where}: ${newer} in the loader (must run in 2017 browsers)`);
    }
  });
  return problems;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const files = [
    { file: 'dvc-register.js', loader: true },
    ...(existsSync(join(DIST, 'vneid.js')) ? [{ file: 'vneid.js', loader: false }] : []),
    ...readdirSync(join(DIST, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ file: `chunks/${f}`, loader: false })),
  ];
  const problems = files.flatMap(({ file, loader }) => checkFile(file, readFileSync(join(DIST, file), 'utf8'), { loader }));
  if (problems.length > 0) {
    console.error(`Syntax above the browser support floor in dist/ (see "Browser support" in the README):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Browser syntax: ${files.length} files in dist/ parse as ECMAScript ${WIDGET_ECMA_VERSION} (loader: 2017 + import()), no regex lookbehind.`);
}
