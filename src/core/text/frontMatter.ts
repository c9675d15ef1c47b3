import { isMap, isScalar, parseDocument, type Document, type Pair } from 'yaml';
import { problem, type Problem } from '../problem';
import { positionAt, type Line } from './lines';
import { readSimpleFrontMatter } from './simpleFrontMatter';

/** Front matter larger than this is refused before YAML sees it. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** How front matter is parsed: duplicate keys are errors, as are other YAML 1.2 violations. */
const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true } as const;
/** Aliases allowed when turning YAML into values; records need none, so a bomb stops early. */
const MAX_ALIAS_COUNT = 20;

/** Where a front-matter block sits in a text; offsets into the whole text. */
export interface FrontMatterBlock {
  /** Offset of the first character of the YAML (the line after the opening `---`). */
  contentStart: number;
  /** Offset where the closing fence line starts. */
  contentEnd: number;
  /** Offset where the body starts (after the closing fence and its line break). */
  bodyStart: number;
  /** 1-based line of the opening fence. */
  openLine: number;
  /** 1-based line of the closing fence. */
  closeLine: number;
}

/** A key of the front matter and where its key and value sit in the whole text. */
export interface FrontMatterEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Range of the value node; for a key with no value, both equal keyEnd. */
  valueStart: number;
  valueEnd: number;
  line: number;
}

/** Parsed front matter: the YAML document (kept for surgical edits), its values and its keys. */
export interface FrontMatter {
  block: FrontMatterBlock;
  data: Record<string, unknown>;
  entries: FrontMatterEntry[];
  doc: Document;
}

/** Finds the opening and closing fences. `undefined` when the text does not open with `---`. */
export function locateFrontMatter(
  lines: readonly Line[],
): FrontMatterBlock | 'unclosed' | undefined {
  const first = lines[0];
  if (!first || stripBom(first.text).trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i].text.trimEnd();
    if (t === '---' || t === '...') {
      return {
        contentStart: first.next,
        contentEnd: lines[i].start,
        bodyStart: lines[i].next,
        openLine: first.number,
        closeLine: lines[i].number,
      };
    }
  }
  return 'unclosed';
}

/**
 * Parses the YAML between the fences. Every YAML error, a duplicate key, an alias bomb or a value
 * that is not a mapping becomes a located problem; `value` is undefined when the front matter
 * cannot be used (and so the file must not be written).
 */
export function parseFrontMatter(
  file: string,
  text: string,
  lines: readonly Line[],
  block: FrontMatterBlock,
): { value?: FrontMatter; problems: Problem[] } {
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const at = (offset: number, code: string, message: string): Problem => {
    const pos = positionAt(lines, block.contentStart + offset);
    return problem(file, pos.line, pos.column, 'error', code, message);
  };
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return {
      problems: [
        at(
          0,
          'front-matter-too-large',
          `Front matter is over ${MAX_FRONT_MATTER_CHARS / 1024} KB; it is not read.`,
        ),
      ],
    };
  }
  const simple = readSimpleFrontMatter(yamlText);
  if (simple) {
    // The usual case: no YAML parser needed to validate. Edits need the document, so it is
    // parsed the first time they ask for it.
    let parsed: Document | undefined;
    const entries = simple.entries.map((e) => ({
      key: e.key,
      keyStart: block.contentStart + e.keyStart,
      keyEnd: block.contentStart + e.keyEnd,
      valueStart: block.contentStart + e.valueStart,
      valueEnd: block.contentStart + e.valueEnd,
      line: block.openLine + 1 + e.index,
    }));
    const value: FrontMatter = {
      block,
      data: simple.data,
      entries,
      get doc() {
        parsed ??= parseDocument(yamlText, YAML_OPTIONS);
        return parsed;
      },
    };
    return { value, problems: [] };
  }
  const doc = parseDocument(yamlText, YAML_OPTIONS);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const duplicate = e.code === 'DUPLICATE_KEY';
        return at(
          e.pos[0],
          duplicate ? 'duplicate-key' : 'yaml-syntax',
          duplicate
            ? `Duplicate key in front matter: ${firstLine(e.message)}`
            : `Front matter is not valid YAML: ${firstLine(e.message)}`,
        );
      }),
    };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return {
      problems: [
        at(0, 'front-matter-not-mapping', 'Front matter must be a set of `key: value` lines.'),
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return {
      problems: [
        at(
          0,
          'yaml-aliases',
          `Front matter uses too many YAML aliases (${firstLine(String((e as Error).message))}); records do not need aliases.`,
        ),
      ],
    };
  }
  const entries: FrontMatterEntry[] = [];
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair[]) {
      const k = pair.key;
      if (!isScalar(k) || !k.range) continue;
      const keyStart = block.contentStart + k.range[0];
      const keyEnd = block.contentStart + k.range[1];
      const v = pair.value as { range?: [number, number, number] } | null;
      const valueStart = v?.range ? block.contentStart + v.range[0] : keyEnd;
      const valueEnd = v?.range ? block.contentStart + v.range[1] : keyEnd;
      entries.push({
        key: String(k.value),
        keyStart,
        keyEnd,
        valueStart,
        valueEnd,
        line: positionAt(lines, keyStart).line,
      });
    }
  }
  return {
    value: { block, data: (data ?? {}) as Record<string, unknown>, entries, doc },
    problems: [],
  };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
