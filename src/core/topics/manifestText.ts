/*
 * The lexical pieces the manifest readers share: names, version specifiers, JSON tokens, TOML
 * keys and values, PEP 508 requirements. Each scans by hand or with anchored indexOf calls, in
 * time linear in its input, and no regular expression ever sees repository text.
 */

/** A dependency name is cut to this many characters. */
export const MAX_DEPENDENCY_NAME = 100;

/**
 * At most this many strings, tokens or elements are read from one line: far more than a
 * one-line manifest holds, and a bound on the work a hostile line can cause.
 */
export const MAX_ITEMS_PER_LINE = 2_000;

/** A name as read, or undefined when it is empty or holds spaces, quotes or control characters. */
export function cleanName(name: string): string | undefined {
  if (name.length === 0) return undefined;
  for (let i = 0; i < name.length && i <= MAX_DEPENDENCY_NAME; i++) {
    const code = name.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || name[i] === '"' || name[i] === "'" || name[i] === '<') {
      return undefined;
    }
  }
  return name.length > MAX_DEPENDENCY_NAME ? name.slice(0, MAX_DEPENDENCY_NAME) : name;
}

/** Prefixes of npm version specifiers that are not plain ranges. */
const NPM_SPEC_PREFIXES = [
  'workspace:',
  'file:',
  'npm:',
  'link:',
  'portal:',
  'patch:',
  'catalog:',
  'jsr:',
  'git+',
  'git:',
  'git@',
  'github:',
  'gitlab:',
  'bitbucket:',
  'http://',
  'https://',
];

/** True for a version range or version-like specifier ("^1.2", ">=1 <2", "*", "v1", "latest"). */
export function looksLikeVersion(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return false;
  const first = v[0];
  // A range ("^1.2.3", ">=2 <3", "1.x || 2.x", "1.0.0-beta.1"), and nothing else: "1_item@1"
  // (a menu group in package.json) starts with a digit but is not a version.
  if ('^~<>=*'.includes(first) || (first >= '0' && first <= '9')) return isRangeText(v);
  if ((first === 'v' || first === 'V') && v.length > 1 && v[1] >= '0' && v[1] <= '9') return true;
  const lower = v.toLowerCase();
  if (lower === 'latest' || lower === 'next' || lower === 'x') return true;
  return NPM_SPEC_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Only the characters a version range uses: digits, letters (x, pre-release tags), . * ^ ~ < > = | - + and spaces. */
export function isRangeText(v: string): boolean {
  for (const ch of v) {
    const ok =
      (ch >= '0' && ch <= '9') ||
      (ch >= 'a' && ch <= 'z') ||
      (ch >= 'A' && ch <= 'Z') ||
      '.*^~<>=|-+ '.includes(ch);
    if (!ok) return false;
  }
  return true;
}

/** Prefixes of npm specifiers that can only be a dependency (no setting is written like them). */
const NPM_DEPENDENCY_PREFIXES = [
  'workspace:',
  'npm:',
  'catalog:',
  'jsr:',
  'link:',
  'portal:',
  'patch:',
];

/**
 * True for a specifier that is unmistakably a dependency's, for when nothing says which object a
 * line is in: a caret or tilde range ("^1", "~1.2"), a comparison (">=2 <3"), a full version
 * ("1.2.3", "1.0.0-beta.1 || >=2"), or a workspace:, npm:, catalog:, jsr:, link:, portal: or
 * patch: specifier. Not "1", "1.0", "*", "latest" or a URL: settings take such values too.
 */
export function isDependencySpec(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return false;
  const lower = v.toLowerCase();
  if (NPM_DEPENDENCY_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  if (!isRangeText(v)) return false;
  const first = v[0];
  if (first === '^' || first === '~') return v.length > 1 && isDigit(v[1]);
  if (first === '<' || first === '>' || first === '=') {
    let i = 1;
    while (i < v.length && (v[i] === '=' || v[i] === ' ')) i++;
    return i < v.length && isDigit(v[i]);
  }
  // major.minor.patch: two dots between digits before anything else.
  let i = 0;
  for (let part = 0; part < 3; part++) {
    const from = i;
    while (i < v.length && isDigit(v[i])) i++;
    if (i === from) return false;
    if (part < 2) {
      if (v[i] !== '.') return false;
      i++;
    }
  }
  return true;
}

/** True for an ASCII digit. */
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True for an npm package name: "name" or "@scope/name" of URL-safe characters. */
export function isNpmName(name: string): boolean {
  if (name.length === 0) return false;
  let slashes = 0;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '/') slashes++;
    else if (ch === '@' && i === 0) continue;
    else if (!isWordChar(ch) && ch !== '.' && ch !== '~') return false;
  }
  return name[0] === '@' ? slashes === 1 && !name.endsWith('/') : slashes === 0;
}

/** Letters, digits, "-" and "_" (ASCII). */
export function isWordChar(ch: string): boolean {
  return (
    (ch >= 'a' && ch <= 'z') ||
    (ch >= 'A' && ch <= 'Z') ||
    (ch >= '0' && ch <= '9') ||
    ch === '-' ||
    ch === '_'
  );
}

/** The JSON tokens of a line: strings (unescaped text is not needed) and single punctuation. */
export type JsonToken = { kind: 'string'; text: string } | { kind: 'punct'; text: string };

/**
 * Splits a line of JSON into strings and punctuation in one pass, at most `limit` tokens; other
 * text is dropped.
 */
export function jsonTokens(line: string, limit = MAX_ITEMS_PER_LINE): JsonToken[] {
  const tokens: JsonToken[] = [];
  let i = 0;
  while (i < line.length && tokens.length < limit) {
    const ch = line[i];
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      let start = j;
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\') {
          // A key with an escape is never a package name: keep a marker that fails the name test.
          text += line.slice(start, j) + ' ';
          j += 2;
          start = j;
        } else {
          j++;
        }
      }
      text += line.slice(start, Math.min(j, line.length));
      tokens.push({ kind: 'string', text });
      i = j + 1;
    } else if ('{}[]:,'.includes(ch)) {
      tokens.push({ kind: 'punct', text: ch });
      i++;
    } else {
      i++;
    }
  }
  return tokens;
}

/** package.json objects whose entries are dependencies. */
export const NPM_DEPENDENCY_OBJECTS = new Set([
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
]);

/** The first whitespace-separated word of `text` from `start`, and where it ends. */
export function wordAt(text: string, start: number): { word: string; end: number } {
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const from = i;
  while (i < text.length && text[i] !== ' ' && text[i] !== '\t') i++;
  return { word: text.slice(from, i), end: i };
}

/** Strips one pair of matching quotes around a TOML key. */
export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) {
    return t.slice(1, -1);
  }
  return t;
}

/** A TOML `key = value` line split at its first "=" (outside a quoted key), or undefined. */
export function tomlPair(line: string): { key: string; value: string } | undefined {
  const t = line.trim();
  if (t.length === 0 || t[0] === '#' || t[0] === '[') return undefined;
  let i = 0;
  if (t[0] === '"' || t[0] === "'") {
    const close = t.indexOf(t[0], 1);
    if (close < 0) return undefined;
    i = close + 1;
  }
  const eq = t.indexOf('=', i);
  if (eq < 0) return undefined;
  return { key: unquote(t.slice(0, eq)), value: t.slice(eq + 1).trim() };
}

/** The text of a quoted TOML string value ("1.0" -> 1.0), or undefined when not a string. */
export function tomlString(value: string): string | undefined {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return undefined;
  const close = value.indexOf(quote, 1);
  return close < 0 ? undefined : value.slice(1, close);
}

/** The name inside a TOML table header, lower-cased ("[[bin]]" -> "bin"), or undefined. */
export function tomlTable(line: string): string | undefined {
  const t = line.trim();
  if (!t.startsWith('[')) return undefined;
  let from = 1;
  if (t.startsWith('[[')) from = 2;
  const close = t.indexOf(']', from);
  if (close < 0) return undefined;
  return t.slice(from, close).trim().toLowerCase();
}

/** True for a crate name as Cargo allows it (letters, digits, "-", "_"). */
export function isCrateName(name: string): boolean {
  if (name.length === 0) return false;
  for (const ch of name) if (!isWordChar(ch)) return false;
  return true;
}

/** True for a character of a Python distribution name. */
function isPythonNameChar(ch: string): boolean {
  return isWordChar(ch) || ch === '.';
}

/**
 * The distribution name at the start of a PEP 508 requirement ("requests[socks]>=2 ; x" ->
 * "requests"), or undefined when the text is not a requirement (a path, a URL, an option).
 */
export function requirementName(text: string): string | undefined {
  const t = text.trim();
  let i = 0;
  while (i < t.length && isPythonNameChar(t[i])) i++;
  if (i === 0) return undefined;
  const name = t.slice(0, i);
  const first = name[0];
  if (!(
    (first >= 'a' && first <= 'z') ||
    (first >= 'A' && first <= 'Z') ||
    (first >= '0' && first <= '9')
  )) {
    return undefined;
  }
  if (i < t.length && !' \t=<>!~[;@(,'.includes(t[i])) return undefined;
  const lower = name.toLowerCase();
  if (lower.endsWith('.whl') || lower.endsWith('.zip') || lower.endsWith('.tar')) return undefined;
  return cleanName(name);
}

/** The quoted strings of a line in order, in one pass (no escapes: requirements have none). */
export function quotedStrings(line: string): string[] {
  const strings: string[] = [];
  let i = 0;
  while (i < line.length && strings.length < MAX_ITEMS_PER_LINE) {
    const ch = line[i];
    if (ch === '#') break;
    if (ch !== '"' && ch !== "'") {
      i++;
      continue;
    }
    const close = line.indexOf(ch, i + 1);
    if (close < 0) break;
    strings.push(line.slice(i + 1, close));
    i = close + 1;
  }
  return strings;
}

/** The index just after the string that opens at `i` (its closing quote), or the line's end. */
function afterString(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) j += quote === '"' && text[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, text.length);
}

/**
 * The parts of a TOML dotted key or table name, quotes removed and bare parts trimmed:
 * `target.'cfg(unix)'.dependencies` -> ["target", "cfg(unix)", "dependencies"].
 */
export function tomlKeyParts(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = afterString(text, i);
      const closed = end > i + 1 && text[end - 1] === ch;
      current += text.slice(i + 1, closed ? end - 1 : end);
      i = end;
    } else if (ch === '.') {
      parts.push(current.trim());
      current = '';
      i++;
    } else {
      current += ch;
      i++;
    }
  }
  parts.push(current.trim());
  return parts;
}

/** A TOML line outside any value: a table header, or a key and where its value starts. */
export type TomlLine =
  { kind: 'table'; parts: string[] } | { kind: 'pair'; key: string[]; value: number } | undefined;

/** Reads a TOML line that starts outside any value (no open array or string). */
export function readTomlLine(text: string): TomlLine {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i === text.length || text[i] === '#') return undefined;
  if (text[i] === '[') {
    const from = text[i + 1] === '[' ? i + 2 : i + 1;
    let j = from;
    while (j < text.length && text[j] !== ']') {
      j = text[j] === '"' || text[j] === "'" ? afterString(text, j) : j + 1;
    }
    if (j >= text.length) return undefined;
    return { kind: 'table', parts: tomlKeyParts(text.slice(from, j)) };
  }
  let j = i;
  while (j < text.length && text[j] !== '=') {
    j = text[j] === '"' || text[j] === "'" ? afterString(text, j) : j + 1;
  }
  if (j >= text.length) return undefined;
  return { kind: 'pair', key: tomlKeyParts(text.slice(i, j)), value: j + 1 };
}

/** Where a TOML value that spans lines is: inside brackets or braces, or a multi-line string. */
export interface TomlValueState {
  /** "[" and "{" opened and not yet closed. */
  depth: number;
  /** The delimiter of an open multi-line string. */
  multiline?: '"""' | "'''";
}

/**
 * Scans TOML value text from `from` in one pass, updating `state` (strings, brackets, braces,
 * comments). The strings met at depth 1, the items of an array, go to `items` when it is given.
 */
export function scanTomlValue(
  text: string,
  from: number,
  state: TomlValueState,
  items?: string[],
): void {
  let i = from;
  while (i < text.length) {
    if (state.multiline !== undefined) {
      const close = text.indexOf(state.multiline, i);
      if (close < 0) return;
      i = close + 3;
      state.multiline = undefined;
      continue;
    }
    const ch = text[i];
    if (ch === '#') return;
    if (ch === '"' || ch === "'") {
      if (text.startsWith(ch + ch + ch, i)) {
        state.multiline = ch === '"' ? '"""' : "'''";
        i += 3;
        continue;
      }
      const end = afterString(text, i);
      if (items !== undefined && state.depth === 1) {
        items.push(text.slice(i + 1, text[end - 1] === ch && end > i + 1 ? end - 1 : end));
      }
      i = end;
      continue;
    }
    if (ch === '[' || ch === '{') state.depth++;
    else if ((ch === ']' || ch === '}') && state.depth > 0) state.depth--;
    i++;
  }
}
