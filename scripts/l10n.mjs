// The l10n bundles, generated from the code (`npm run l10n`):
//   l10n/bundle.l10n.json           every message passed as a string literal to vscode.l10n.t(...)
//                                   or to core's t(...) under src/, English to English (the keys)
//   l10n/bundle.l10n.qps-ploc.json  the same messages pseudo-localised
//   package.nls.qps-ploc.json       package.nls.json pseudo-localised
// `--check` writes nothing and exits 1 (listing what differs) when a file is not what the code
// would generate: the unit tier runs it, so a new message cannot be merged without its bundle.
// The scan reads the TypeScript AST (the `typescript` package), not text, so a message in a
// comment or a string that merely contains "t(" is never collected.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/** Every .ts file under src/, sorted, so the bundle does not depend on directory order. */
function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(full);
      return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
    })
    .sort();
}

/** True for `t(...)`, `l10n.t(...)` and `vscode.l10n.t(...)`. */
export function isTranslateCall(node) {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 't' &&
    ((ts.isIdentifier(callee.expression) && callee.expression.text === 'l10n') ||
      (ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'l10n'))
  );
}

/** The messages of one source text, in order of appearance. */
export function messagesIn(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (isTranslateCall(node)) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)))
        found.push(first.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const ACCENTS = {
  a: 'à',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'ï',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'À',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ğ',
  H: 'Ĥ',
  I: 'Ï',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
// Kept as written: placeholders ({0}), codicons ($(check)), code spans, link targets and URLs,
// which VS Code or markdown read, not people.
const KEEP = /\{\d+\}|\$\([^)]*\)|`[^`]*`|\]\([^)]*\)|https?:\/\/\S+/g;

/**
 * The pseudo-locale form of a message: letters accented, vowels doubled (translations run about
 * a third longer than English) and the whole in brackets, so a string that missed l10n is plain
 * ASCII on screen and one that was cut short has lost its closing bracket.
 */
export function pseudo(message) {
  let out = '';
  let last = 0;
  const mangle = (s) =>
    s.replace(/[A-Za-z]/g, (c) => (/[aeiouAEIOU]/.test(c) ? ACCENTS[c] + ACCENTS[c] : ACCENTS[c]));
  for (const m of message.matchAll(KEEP)) {
    out += mangle(message.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return `[${out}${mangle(message.slice(last))}]`;
}

const sortedObject = (entries) =>
  Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The files the code and package.nls.json call for: path relative to the root, then content. */
export function generate() {
  const messages = new Set();
  for (const file of sourceFiles(path.join(ROOT, 'src')))
    for (const m of messagesIn(file, fs.readFileSync(file, 'utf8'))) messages.add(m);
  const english = sortedObject([...messages].map((m) => [m, m]));
  const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
  return new Map([
    ['l10n/bundle.l10n.json', json(english)],
    [
      'l10n/bundle.l10n.qps-ploc.json',
      json(sortedObject(Object.keys(english).map((m) => [m, pseudo(m)]))),
    ],
    [
      'package.nls.qps-ploc.json',
      json(sortedObject(Object.entries(nls).map(([k, v]) => [k, pseudo(v)]))),
    ],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stale = [];
  for (const [rel, content] of generate()) {
    const file = path.join(ROOT, rel);
    const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (now === content) continue;
    stale.push(rel);
    if (!check) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
  if (check && stale.length > 0) {
    console.error(`out of date (run npm run l10n): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(stale.length > 0 ? `wrote ${stale.join(', ')}` : 'l10n bundles are up to date');
}
