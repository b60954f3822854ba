// Every msg() in src/ names its message with an explicit id (`msg('…', { id: 'area.thing' })`).
// Ids keep a message's translation when its Vietnamese wording is edited, and they let the build
// leave out @lit/localize's hashing of a template into an id (vite.config.ts, explicitMessageIds),
// which would then never run. Run by `npm run gen`; exits non-zero and names each call without one.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** `file:line` of every msg() call in `code` whose options do not name an id. */
export function messagesWithoutId(file, code) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const options = node.arguments[1];
      const named =
        options !== undefined &&
        ts.isObjectLiteralExpression(options) &&
        options.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id');
      if (!named) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = execFileSync('git', ['ls-files', 'src/*.ts', 'src/**/*.ts'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const missing = files.flatMap((file) => messagesWithoutId(file, readFileSync(file, 'utf8')));
  if (missing.length > 0) {
    console.error(`msg() without an explicit id (add { id: 'area.thing' }):\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
}
