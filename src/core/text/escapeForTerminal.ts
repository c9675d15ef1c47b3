/**
 * Characters that must never reach a terminal as they are: C0 controls (newline included: a value
 * never starts a line of its own), DEL, C1 controls (U+009B alone is a CSI in some terminals),
 * bidi embeddings, overrides and isolates (they make a line read as something else), and the
 * Unicode line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One unsafe character as the reader should see it: `\n`, `\r`, `\t`, `\x1b`, `\u202e`. */
function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return (
    NAMED[ch] ??
    (code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/**
 * Repository text made safe for one terminal line: every control character, bidi control and
 * line separator is shown escaped, so no escape sequence runs and no line can be forged. Other
 * text, backslashes included, is left as it is, so escaping twice changes nothing more.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** True when the text holds a character escapeForTerminal would escape. */
export function hasTerminalControls(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/**
 * A copy of a plain value (objects, arrays, strings, numbers...) with every string escaped by
 * escapeForTerminal. Used on a model before a formatter joins its values into lines, so a value's
 * own newline is shown as `\n` instead of starting a line the formatter did not write.
 */
export function escapeValuesForTerminal<T>(value: T): T {
  return escapeDeep(value) as T;
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeForTerminal(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value instanceof Map)
    return new Map([...value].map(([k, v]) => [escapeDeep(k), escapeDeep(v)]));
  if (value instanceof Set) return new Set([...value].map(escapeDeep));
  if (value === null || typeof value !== 'object') return value;
  // Plain records only (a null prototype included); class instances are passed on as they are.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  // Keys too: a formatter that looks a value up by another (escaped) value still finds it.
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [escapeForTerminal(k), escapeDeep(v)]),
  );
}

/**
 * JSON text for a terminal: JSON.stringify already escapes C0 controls; the other characters
 * escapeForTerminal covers (DEL, C1, bidi controls, U+2028/2029) can only stand inside strings,
 * so they become `\uXXXX` escapes there. The result parses back to exactly the same value.
 */
export function jsonForTerminal(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
