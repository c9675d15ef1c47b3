import { HUNK_PARSERS, type HunkParser } from './hunkDependencies';
import {
  cleanName,
  isCrateName,
  isNpmName,
  jsonTokens,
  NPM_DEPENDENCY_OBJECTS,
  readTomlLine,
  requirementName,
  scanTomlValue,
  type TomlValueState,
  wordAt,
} from './manifestText';
import type { ManifestFormat } from './paths';

/*
 * Reading dependencies from one side of a hunk that starts at the top of the file: with git's
 * `-U<large>` that is the whole manifest, every line as context or change, so each format can
 * follow its sections exactly and count only what sits in a dependency section:
 *
 *   package.json    entries of the top-level dependencies, devDependencies, peerDependencies and
 *                   optionalDependencies objects (not overrides, resolutions or settings);
 *   Cargo.toml      [dependencies], [dev-dependencies], [build-dependencies],
 *                   [workspace.dependencies], [target.<x>.dependencies] and their
 *                   [<table>.<crate>] forms;
 *   pyproject.toml  [project] dependencies, [project.optional-dependencies],
 *                   [dependency-groups], [tool.poetry.dependencies], [tool.poetry.dev-dependencies]
 *                   and [tool.poetry.group.<g>.dependencies] (not python itself);
 *   pom.xml         <dependency> elements directly inside <dependencies>, not a plugin's;
 *   go.mod          require lines and blocks (an added `// indirect` one is not a choice);
 *   requirements.txt and Gemfile, line by line as in hunkDependencies.
 *
 * Each parser is one pass over the lines, in time linear in their length.
 */

/** One line of one side of a hunk: its text, and whether the change added (or removed) it. */
export interface SideLine {
  text: string;
  changed: boolean;
}

/** A dependency a side names, and whether the line naming it is a changed one. */
export interface FoundDependency {
  name: string;
  changed: boolean;
}

/** A format's section parser: the dependencies one side of a hunk from line 1 names, in order. */
export type SectionParser = (
  lines: readonly SideLine[],
  side: 'added' | 'removed',
) => FoundDependency[];

/** Adds a name to `found` when it reads as a clean name. */
function add(found: FoundDependency[], name: string | undefined, changed: boolean): void {
  const clean = name === undefined ? undefined : cleanName(name);
  if (clean !== undefined) found.push({ name: clean, changed });
}

/**
 * package.json: the JSON nesting is followed by a scan of strings and brackets across lines (JSON
 * strings never span lines); a string value of a key directly inside one of the four dependency
 * objects of the top-level object is a dependency.
 */
const packageJson: SectionParser = (lines) => {
  const found: FoundDependency[] = [];
  // The key that opened each open object or array (undefined for the top level and array items).
  const keys: (string | undefined)[] = [];
  let key: string | undefined;
  let valueOf: string | undefined;
  for (const line of lines) {
    for (const token of jsonTokens(line.text, Infinity)) {
      if (token.kind === 'string') {
        if (valueOf === undefined) {
          key = token.text;
          continue;
        }
        const parent = keys[1];
        if (keys.length === 2 && parent !== undefined && NPM_DEPENDENCY_OBJECTS.has(parent)) {
          if (isNpmName(valueOf)) add(found, valueOf, line.changed);
        }
        valueOf = undefined;
        continue;
      }
      switch (token.text) {
        case ':':
          valueOf = key;
          break;
        case '{':
        case '[':
          keys.push(valueOf);
          valueOf = undefined;
          break;
        case '}':
        case ']':
          keys.pop();
          valueOf = undefined;
          break;
        default:
          valueOf = undefined;
      }
      key = undefined;
    }
  }
  return found;
};

/** Cargo's dependency table names (and the underscore spellings Cargo still reads). */
const CARGO_DEPENDENCY_TABLES = new Set([
  'dependencies',
  'dev-dependencies',
  'build-dependencies',
  'dev_dependencies',
  'build_dependencies',
]);

/**
 * What a Cargo.toml table is: a dependency table (its keys are crates), one crate's own table
 * ([dependencies.serde]: the header names it), or something else.
 */
function cargoTable(parts: readonly string[]): { dependencies: boolean; crate?: string } {
  const lower = parts.map((p) => p.toLowerCase());
  let at: number;
  if (CARGO_DEPENDENCY_TABLES.has(lower[0])) at = 0;
  else if (lower[0] === 'workspace' && lower[1] === 'dependencies') at = 1;
  else if (lower[0] === 'target' && CARGO_DEPENDENCY_TABLES.has(lower[2])) at = 2;
  else return { dependencies: false };
  if (parts.length === at + 1) return { dependencies: true };
  if (parts.length === at + 2) return { dependencies: false, crate: parts[at + 1] };
  return { dependencies: false };
}

/**
 * Cargo.toml: every key of a dependency table (`serde = "1"`, `serde = { ... }`,
 * `serde.workspace = true`) and the crate of a `[dependencies.serde]` header. Values that span
 * lines (arrays, multi-line strings) are stepped over.
 */
const cargoToml: SectionParser = (lines) => {
  const found: FoundDependency[] = [];
  const state: TomlValueState = { depth: 0 };
  let inDependencies = false;
  for (const line of lines) {
    if (state.depth > 0 || state.multiline !== undefined) {
      scanTomlValue(line.text, 0, state);
      continue;
    }
    const read = readTomlLine(line.text);
    if (read === undefined) continue;
    if (read.kind === 'table') {
      const table = cargoTable(read.parts);
      inDependencies = table.dependencies;
      if (table.crate !== undefined && isCrateName(table.crate)) {
        add(found, table.crate, line.changed);
      }
      continue;
    }
    scanTomlValue(line.text, read.value, state);
    if (inDependencies && isCrateName(read.key[0])) add(found, read.key[0], line.changed);
  }
  return found;
};

/** What a pyproject.toml table holds, for dependencies. */
type PyprojectTable =
  /** [project]: only its `dependencies` list. */
  | 'project'
  /** [project.optional-dependencies], [dependency-groups]: every key is a list of requirements. */
  | 'requirement-lists'
  /** Poetry's dependency tables: every key but python is a dependency. */
  | 'poetry'
  | 'other';

/** Poetry's dependency tables after "tool.poetry": the rest of the table name. */
function poetryTable(rest: readonly string[]): 'table' | 'crate' | undefined {
  const n = rest.length;
  let at: number;
  if (rest[0] === 'dependencies' || rest[0] === 'dev-dependencies') at = 0;
  else if (rest[0] === 'group' && n >= 3 && rest[2] === 'dependencies') at = 2;
  else return undefined;
  if (n === at + 1) return 'table';
  return n === at + 2 ? 'crate' : undefined;
}

/** The kind of a pyproject.toml table, and the dependency a `[tool.poetry.dependencies.x]` names. */
function pyprojectTable(parts: readonly string[]): { table: PyprojectTable; name?: string } {
  const lower = parts.map((p) => p.toLowerCase());
  const name = lower.join('.');
  if (name === 'project') return { table: 'project' };
  if (name === 'project.optional-dependencies' || name === 'dependency-groups') {
    return { table: 'requirement-lists' };
  }
  if (lower[0] === 'tool' && lower[1] === 'poetry') {
    const poetry = poetryTable(lower.slice(2));
    if (poetry === 'table') return { table: 'poetry' };
    if (poetry === 'crate') return { table: 'other', name: parts[parts.length - 1] };
  }
  return { table: 'other' };
}

/** A poetry key as a dependency name: a distribution name, and not python itself. */
function poetryName(key: string): string | undefined {
  if (key.toLowerCase() === 'python') return undefined;
  const name = requirementName(key);
  return name === key ? name : undefined;
}

/**
 * pyproject.toml: the requirement strings of [project] `dependencies`, of every list in
 * [project.optional-dependencies] and [dependency-groups] (PEP 508: "httpx>=0.27" is httpx), and
 * the keys of poetry's dependency tables. Lists spanning lines are followed to their "]".
 */
const pyproject: SectionParser = (lines) => {
  const found: FoundDependency[] = [];
  const state: TomlValueState = { depth: 0 };
  let table: PyprojectTable = 'other';
  let requirements = false;
  const addRequirements = (items: readonly string[], changed: boolean) => {
    for (const item of items) add(found, requirementName(item), changed);
  };
  for (const line of lines) {
    if (state.depth > 0 || state.multiline !== undefined) {
      const items: string[] = [];
      scanTomlValue(line.text, 0, state, requirements ? items : undefined);
      addRequirements(items, line.changed);
      continue;
    }
    const read = readTomlLine(line.text);
    if (read === undefined) continue;
    if (read.kind === 'table') {
      const kind = pyprojectTable(read.parts);
      table = kind.table;
      if (kind.name !== undefined) add(found, poetryName(kind.name), line.changed);
      continue;
    }
    const key = read.key.map((k) => k.toLowerCase());
    requirements =
      table === 'requirement-lists' ||
      (table === 'project' && key.length === 1 && key[0] === 'dependencies');
    const items: string[] = [];
    scanTomlValue(line.text, read.value, state, requirements ? items : undefined);
    addRequirements(items, line.changed);
    if (table === 'poetry') add(found, poetryName(read.key[0]), line.changed);
  }
  return found;
};

/** Where a pom.xml scan is: inside a comment, a CDATA section, or a tag spanning lines. */
type PomSkip = { until: string } | undefined;

/**
 * pom.xml: an element stack followed across lines (comments, CDATA and tags that span lines are
 * stepped over); the groupId and artifactId directly inside a <dependency> directly inside
 * <dependencies>, outside any <plugin>, make `groupId:artifactId`. A closing tag that does not
 * match the open element is ignored, so malformed XML cannot make the scan quadratic.
 */
const pomXml: SectionParser = (lines) => {
  const found: FoundDependency[] = [];
  const stack: string[] = [];
  let plugins = 0;
  let skip: PomSkip;
  let dependency: { group?: string; artifact?: string; changed: boolean } | undefined;
  for (const line of lines) {
    const text = line.text;
    let i = 0;
    while (i < text.length) {
      if (skip !== undefined) {
        const end = text.indexOf(skip.until, i);
        if (end < 0) break;
        i = end + skip.until.length;
        skip = undefined;
        continue;
      }
      const open = text.indexOf('<', i);
      if (open < 0) break;
      if (text.startsWith('<!--', open)) {
        skip = { until: '-->' };
        i = open + 4;
        continue;
      }
      if (text.startsWith('<![CDATA[', open)) {
        skip = { until: ']]>' };
        i = open + 9;
        continue;
      }
      const closing = text[open + 1] === '/';
      let end = open + (closing ? 2 : 1);
      const from = end;
      while (end < text.length && !' \t>/<'.includes(text[end])) end++;
      const name = text.slice(from, end);
      const gt = text.indexOf('>', end);
      if (gt < 0) {
        // The tag's attributes go on to the next line: the element still opens.
        if (!closing && name !== '' && name[0] !== '?' && name[0] !== '!') stack.push(name);
        if (name === 'plugin') plugins++;
        skip = { until: '>' };
        break;
      }
      i = gt + 1;
      if (name === '' || name[0] === '?' || name[0] === '!') continue;
      if (closing) {
        if (stack[stack.length - 1] !== name) continue;
        stack.pop();
        if (name === 'plugin') plugins--;
        if (name === 'dependency' && dependency !== undefined) {
          if (dependency.artifact !== undefined) {
            const full =
              dependency.group !== undefined
                ? `${dependency.group}:${dependency.artifact}`
                : dependency.artifact;
            add(found, full, dependency.changed);
          }
          dependency = undefined;
        }
        continue;
      }
      if (text[gt - 1] === '/') continue;
      const parent = stack[stack.length - 1];
      stack.push(name);
      if (name === 'plugin') plugins++;
      if (name === 'dependency') {
        const listed = parent === 'dependencies' && plugins === 0;
        dependency = listed ? { changed: false } : undefined;
      } else if (
        dependency !== undefined &&
        parent === 'dependency' &&
        (name === 'groupId' || name === 'artifactId')
      ) {
        const close = text.indexOf('<', i);
        const value = text.slice(i, close < 0 ? text.length : close).trim();
        if (value !== '') {
          if (name === 'groupId') dependency.group = value;
          else dependency.artifact = value;
          dependency.changed ||= line.changed;
        }
      }
    }
  }
  return found;
};

/** go.mod directives whose blocks hold no requirements. */
const GO_OTHER_BLOCKS = new Set(['replace', 'exclude', 'retract', 'tool', 'godebug', 'ignore']);

/**
 * go.mod: `require path v1.2.3` lines and the lines of `require ( ... )` blocks, nothing else.
 * On the added side a `// indirect` requirement is one the go tool pulled in, not the mentee's
 * choice; on the removed side it still marks the module as known.
 */
const goMod: SectionParser = (lines, side) => {
  const found: FoundDependency[] = [];
  let block: 'require' | 'other' | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    let { word, end } = wordAt(text, 0);
    if (block !== undefined) {
      if (word.startsWith(')')) {
        block = undefined;
        continue;
      }
      if (block === 'other') continue;
    } else if (word === 'require' || word === 'require(') {
      const next = wordAt(text, end);
      if (word === 'require(' || next.word.startsWith('(')) {
        block = 'require';
        continue;
      }
      ({ word, end } = next);
    } else {
      const next = wordAt(text, end).word;
      if (GO_OTHER_BLOCKS.has(word) && next.startsWith('(')) block = 'other';
      if (word.endsWith('(') && GO_OTHER_BLOCKS.has(word.slice(0, -1))) block = 'other';
      continue;
    }
    if (word === '' || word.startsWith('//')) continue;
    const version = wordAt(text, end).word;
    if (version.length < 2 || version[0] !== 'v' || version[1] < '0' || version[1] > '9') continue;
    if (side === 'added' && text.includes('// indirect')) continue;
    if (!word.startsWith('/') && !word.startsWith('.')) add(found, word, line.changed);
  }
  return found;
};

/** A line-by-line format read with its hunk parser, one line at a time. */
function lineByLine(parse: HunkParser): SectionParser {
  return (lines, side) => {
    const found: FoundDependency[] = [];
    for (const line of lines) {
      for (const name of parse([line.text], '', side)) found.push({ name, changed: line.changed });
    }
    return found;
  };
}

/** The section parser of each manifest format. */
export const SECTION_PARSERS: Record<ManifestFormat, SectionParser> = {
  'package.json': packageJson,
  'go.mod': goMod,
  'Cargo.toml': cargoToml,
  'requirements.txt': lineByLine(HUNK_PARSERS['requirements.txt']),
  'pyproject.toml': pyproject,
  'pom.xml': pomXml,
  Gemfile: lineByLine(HUNK_PARSERS.Gemfile),
};
