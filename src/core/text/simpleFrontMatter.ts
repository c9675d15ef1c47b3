/**
 * A front-matter key and where its key and value sit, as offsets into the YAML text (not the
 * whole file); `index` is the 0-based line of the key within the YAML text.
 */
export interface SimpleEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  index: number;
}

/** What the fast reader gives: the values, as the YAML parser would give them, and the keys. */
export interface SimpleFrontMatter {
  data: Record<string, unknown>;
  entries: SimpleEntry[];
}

const KEY_LINE = /^([A-Za-z_][\w-]*):( +)(.*)$/;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ._@/+,()'-]*$/u;
const PLAIN_IN_FLOW = /^[\p{L}\p{N}][\p{L}\p{N} ._@/+()'-]*$/u;
const QUOTED_TEXT = /^[\p{L}\p{N}\p{P}\p{S} ]*$/u;
const NOT_A_STRING = /^(null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const SMALL_INT = /^(0|[1-9][0-9]{0,14})$/;
const NUMBER_LIKE = /^([0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?|0[xo].*)$/;

/**
 * Reads front matter written in the simple form records use — `key: value` lines whose values
 * are plain words, quoted text without escapes, integers or `[a, b]` lists of those, plus blank
 * and comment lines — without the YAML library, which otherwise is most of the time `validate`
 * spends on a large folder. Anything outside that form (block lists, empty values, escapes,
 * booleans, nulls, floats, duplicate keys, anchors, indentation, tabs) gives undefined, and the
 * caller uses the YAML parser, so both ways give the same result (test/unit checks this against
 * the YAML library).
 */
export function readSimpleFrontMatter(yamlText: string): SimpleFrontMatter | undefined {
  const data: Record<string, unknown> = {};
  const entries: SimpleEntry[] = [];
  let start = 0;
  for (let index = 0; start <= yamlText.length; index++) {
    const nl = yamlText.indexOf('\n', start);
    const end = nl === -1 ? yamlText.length : nl;
    const line =
      yamlText.charCodeAt(end - 1) === 13
        ? yamlText.slice(start, end - 1)
        : yamlText.slice(start, end);
    if (line.includes('\r') || line.includes('\t')) return undefined;
    if (line.trim() !== '' && !line.startsWith('#')) {
      const m = KEY_LINE.exec(line);
      if (!m) return undefined;
      const key = m[1];
      if (
        key === '__proto__' ||
        NOT_A_STRING.test(key) ||
        Object.prototype.hasOwnProperty.call(data, key)
      )
        return undefined;
      const rest = m[3];
      const hash = rest.search(/ #/);
      if (hash === -1 && rest.includes('#')) return undefined;
      const valueText = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
      if (valueText === '' || valueText.startsWith('#')) return undefined;
      const value = readValue(valueText);
      if (value === undefined) return undefined;
      const valueStart = start + key.length + 1 + m[2].length;
      data[key] = value;
      entries.push({
        key,
        keyStart: start,
        keyEnd: start + key.length,
        valueStart,
        valueEnd: valueStart + valueText.length,
        index,
      });
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return { data, entries };
}

function readValue(text: string): unknown {
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return undefined;
    const inner = text.slice(1, -1);
    if (inner.trim() === '') return [];
    const items: unknown[] = [];
    for (const part of inner.split(',')) {
      const item = readScalar(part.trim(), PLAIN_IN_FLOW);
      if (item === undefined) return undefined;
      items.push(item);
    }
    return items;
  }
  return readScalar(text, PLAIN);
}

function readScalar(text: string, plain: RegExp): string | number | undefined {
  const q = text[0];
  if (q === '"' || q === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || text[text.length - 1] !== q || inner.includes(q) || inner.includes('\\'))
      return undefined;
    return QUOTED_TEXT.test(inner) ? inner : undefined;
  }
  if (!plain.test(text) || NOT_A_STRING.test(text)) return undefined;
  if (SMALL_INT.test(text)) return Number(text);
  // Other number-like words (floats, hex, octal, exponents) are left to the YAML parser.
  if (NUMBER_LIKE.test(text)) return undefined;
  return text;
}
