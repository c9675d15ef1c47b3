import type { ManifestFormat } from './paths';
import {
  cleanName,
  isCrateName,
  isDependencySpec,
  isNpmName,
  jsonTokens,
  looksLikeVersion,
  MAX_ITEMS_PER_LINE,
  NPM_DEPENDENCY_OBJECTS,
  quotedStrings,
  requirementName,
  tomlPair,
  tomlString,
  tomlTable,
  unquote,
  wordAt,
} from './manifestText';

/*
 * Reading dependencies from a manifest's hunk without context (git's `-U0`, or a hunk that does
 * not start at the top of the file). A hunk then rarely shows which table or object it sits in,
 * so each format is read best effort, line by line: a line that has the shape of a dependency in
 * that format counts, and what the hunk's own lines (or git's function-context text after "@@")
 * say about the surrounding table narrows it down. sectionDependencies reads hunks that do.
 */

/** A format's hunk parser: the dependency names in one side of one hunk, in order. */
export type HunkParser = (
  lines: readonly string[],
  context: string,
  side: 'added' | 'removed',
) => string[];

/** Keys with a version-like value that are not dependencies (the package's own, engines). */
const NPM_NOT_DEPENDENCIES = new Set([
  'name',
  'version',
  'description',
  'main',
  'module',
  'types',
  'typings',
  'license',
  'author',
  'homepage',
  'node',
  'npm',
  'yarn',
  'pnpm',
  'bun',
  'vscode',
  'packageManager',
]);

/**
 * package.json: `"name": "<version spec>"` pairs. An object opened on the same line ("engines":
 * { "node": ">=18" }, a one-line package.json) decides; otherwise the value must be an
 * unmistakable dependency specifier (isDependencySpec: "^1.2", ">=2", "1.2.3", "workspace:*") so
 * that "scripts" commands, "default": "1.0" and other settings are left out.
 */
const parsePackageJson: HunkParser = (lines) => {
  const names: string[] = [];
  for (const line of lines) {
    const tokens = jsonTokens(line);
    const parents: (string | undefined)[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const colon = tokens[i + 1]?.text === ':' && tokens[i + 1].kind === 'punct';
      if (token.kind === 'punct') {
        if (token.text === '{' || token.text === '[') parents.push(undefined);
        else if (token.text === '}' || token.text === ']') parents.pop();
        continue;
      }
      if (!colon) continue;
      const value = tokens[i + 2];
      if (value?.kind === 'punct' && (value.text === '{' || value.text === '[')) {
        parents.push(token.text);
        i += 2;
        continue;
      }
      if (value?.kind !== 'string') continue;
      i += 2;
      const parent = parents.length > 0 ? parents[parents.length - 1] : undefined;
      // An object without a key on this line is the top level of a one-line package.json (or an
      // array item): its string entries are settings, not dependencies.
      if (parents.length > 0 && parent === undefined) continue;
      if (parent !== undefined && !NPM_DEPENDENCY_OBJECTS.has(parent)) continue;
      if (parent === undefined && NPM_NOT_DEPENDENCIES.has(token.text)) continue;
      // Outside a known dependency object only an unmistakable specifier will do: "default":
      // "1.0" and "minimum": "2" are settings as often as they are dependencies.
      const spec =
        parent === undefined ? isDependencySpec(value.text) : looksLikeVersion(value.text);
      if (!spec || !isNpmName(token.text)) continue;
      const name = cleanName(token.text);
      if (name !== undefined) names.push(name);
    }
  }
  return names;
};

/** go.mod directives that are not requirements. */
const GO_DIRECTIVES = new Set([
  'module',
  'go',
  'toolchain',
  'godebug',
  'replace',
  'exclude',
  'retract',
  'require',
  'tool',
  ')',
  '(',
]);

/**
 * go.mod: `require path v1.2.3` and `path v1.2.3` lines of a require block. Lines of replace,
 * exclude and retract blocks opened in the same hunk are left out. An added `// indirect`
 * requirement is one the go tool pulled in, not one the mentee chose, so it does not count; a
 * removed one still marks the module as known.
 */
const parseGoMod: HunkParser = (lines, _context, side) => {
  const names: string[] = [];
  let inOtherBlock = false;
  for (const raw of lines) {
    const line = raw.trim();
    let { word, end } = wordAt(line, 0);
    if (word === ')') {
      inOtherBlock = false;
      continue;
    }
    if (word === 'replace' || word === 'exclude' || word === 'retract' || word === 'tool') {
      if (wordAt(line, end).word.startsWith('(')) inOtherBlock = true;
      continue;
    }
    if (word === 'require') {
      inOtherBlock = false;
      ({ word, end } = wordAt(line, end));
      if (word.startsWith('(')) continue;
    } else if (inOtherBlock || GO_DIRECTIVES.has(word) || word.startsWith('//')) {
      continue;
    }
    const version = wordAt(line, end);
    if (version.word.length < 2 || version.word[0] !== 'v') continue;
    if (version.word[1] < '0' || version.word[1] > '9') continue;
    const rest = line.slice(version.end);
    if (rest.includes('=>')) continue;
    if (side === 'added' && rest.includes('// indirect')) continue;
    const name = cleanName(word);
    if (name !== undefined && !name.startsWith('/') && !name.startsWith('.')) names.push(name);
  }
  return names;
};

/** Cargo.toml keys with version-like values that are not dependencies. */
const CARGO_NOT_DEPENDENCIES = new Set([
  'name',
  'version',
  'edition',
  'rust-version',
  'authors',
  'description',
  'license',
  'license-file',
  'readme',
  'homepage',
  'repository',
  'documentation',
  'resolver',
  'links',
  'build',
  'opt-level',
  'debug',
  'lto',
  'codegen-units',
  'panic',
  'strip',
  'incremental',
  'default-run',
  'publish',
]);

/** True for a Cargo dependency value: a version string, or an inline table that locates a crate. */
function isCargoSpec(key: string, value: string): boolean {
  if (key.endsWith('.workspace')) return value.startsWith('true');
  const text = tomlString(value);
  if (text !== undefined) return looksLikeVersion(text) && !text.startsWith('http');
  if (!value.startsWith('{')) return false;
  return ['version', 'path', 'git', 'workspace', 'registry'].some((k) => value.includes(k));
}

/**
 * Cargo.toml: `name = "1.0"`, `name = { version = ... }`, `name.workspace = true`, and
 * `[dependencies.name]` headers. A table header in the hunk decides whether its lines are
 * dependencies; before any header (the usual `-U0` case) any version-like entry counts except
 * the [package] keys.
 */
const parseCargoToml: HunkParser = (lines) => {
  const names: string[] = [];
  // undefined: no header seen in this hunk, so the table is unknown.
  let inDependencies: boolean | undefined;
  for (const line of lines) {
    const table = tomlTable(line);
    if (table !== undefined) {
      const dot = table.lastIndexOf('dependencies.');
      if (dot >= 0) {
        // [dependencies.serde]: the header names the crate; its keys describe it.
        const crate = unquote(table.slice(dot + 'dependencies.'.length));
        const name = isCrateName(crate) ? cleanName(crate) : undefined;
        if (name !== undefined) names.push(name);
        inDependencies = false;
      } else {
        inDependencies = table.endsWith('dependencies');
      }
      continue;
    }
    if (inDependencies === false) continue;
    const pair = tomlPair(line);
    if (pair === undefined) continue;
    const key = pair.key.endsWith('.workspace')
      ? pair.key.slice(0, -'.workspace'.length)
      : pair.key;
    if (inDependencies === undefined && CARGO_NOT_DEPENDENCIES.has(key)) continue;
    if (!isCrateName(key) || !isCargoSpec(pair.key, pair.value)) continue;
    const name = cleanName(key);
    if (name !== undefined) names.push(name);
  }
  return names;
};

/**
 * requirements.txt: one requirement per line (`name==1.0`, `name>=1`, bare `name`,
 * `name @ https://...`); comments, options (-r, -e, --index-url), paths and URLs are skipped.
 */
const parseRequirements: HunkParser = (lines) => {
  const names: string[] = [];
  for (const raw of lines) {
    let line = raw.trim();
    if (line.length === 0 || line[0] === '#' || line[0] === '-') continue;
    const comment = line.indexOf(' #');
    if (comment >= 0) line = line.slice(0, comment);
    const name = requirementName(line);
    if (name !== undefined) names.push(name);
  }
  return names;
};

/** True for a pyproject list key whose items are requirements. */
function isRequirementListKey(key: string, table: string | undefined): boolean {
  const k = key.toLowerCase();
  if (
    k === 'dependencies' ||
    k === 'requires' ||
    k.endsWith('-dependencies') ||
    k.endsWith('requirements')
  ) {
    return true;
  }
  // [project.optional-dependencies] and [dependency-groups]: every key is a group of requirements.
  return (
    table !== undefined &&
    (table.endsWith('optional-dependencies') || table === 'dependency-groups')
  );
}

/** pyproject keys with version-like values that are not dependencies (poetry's python, ...). */
const PYPROJECT_NOT_DEPENDENCIES = new Set([
  'python',
  'name',
  'version',
  'requires-python',
  'minversion',
  'target-version',
  'python_version',
  'python-version',
  'build-backend',
  'license',
  'readme',
  'description',
]);

/** What the lines before a line say about it: the table, and the open list's key. */
interface PyprojectScope {
  table?: string;
  list?: string;
}

/**
 * Updates the scope with a line that opens a table or a list, and returns the line's key and
 * value when it is a `key = value` line.
 */
function enterScope(
  scope: PyprojectScope,
  line: string,
): { key: string; value: string } | undefined {
  const table = tomlTable(line);
  if (table !== undefined) {
    scope.table = table;
    scope.list = undefined;
    return undefined;
  }
  const pair = tomlPair(line);
  if (pair !== undefined && pair.value.startsWith('[') && !pair.value.includes(']')) {
    scope.list = pair.key;
  }
  return pair;
}

/**
 * pyproject.toml: PEP 621 requirement strings (`"name>=1.0",` in a dependencies list, or
 * `dependencies = ["a", "b"]` on one line) and poetry tables (`name = "^1.0"`). git's function
 * context after "@@" is usually the `key = [` line that opened the list, which tells
 * "dependencies" from "keywords" and "classifiers"; without it, list items count.
 */
const parsePyproject: HunkParser = (lines, context) => {
  const names: string[] = [];
  const scope: PyprojectScope = {};
  if (context.length > 0) enterScope(scope, context);
  const requirementsIn = (strings: string[]) => {
    for (const text of strings) {
      const name = requirementName(text);
      if (name !== undefined) names.push(name);
    }
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0 || line[0] === '#') continue;
    if (line.startsWith(']')) {
      scope.list = undefined;
      continue;
    }
    if (line[0] === '"' || line[0] === "'") {
      if (scope.list === undefined || isRequirementListKey(scope.list, scope.table)) {
        requirementsIn(quotedStrings(line));
      }
      if (line.includes(']')) scope.list = undefined;
      continue;
    }
    const pair = enterScope(scope, line);
    if (pair === undefined) continue;
    if (pair.value.startsWith('[')) {
      if (isRequirementListKey(pair.key, scope.table)) requirementsIn(quotedStrings(pair.value));
      continue;
    }
    // Poetry: `name = "^1.0"` or `name = { version = ... }` in a dependencies table (or unknown).
    if (scope.table !== undefined && !scope.table.endsWith('dependencies')) continue;
    if (PYPROJECT_NOT_DEPENDENCIES.has(pair.key.toLowerCase())) continue;
    const text = tomlString(pair.value);
    const spec = text !== undefined ? looksLikeVersion(text) : pair.value.startsWith('{');
    if (!spec || pair.key.includes('.')) continue;
    const name = requirementName(pair.key);
    if (name !== undefined && name === pair.key) names.push(name);
  }
  return names;
};

/** The text of an XML element `<tag>text</tag>` that starts at `from`, and where it ends. */
function elementText(line: string, from: number, tag: string): { text: string; end: number } {
  const open = `<${tag}>`;
  const start = from + open.length;
  const close = line.indexOf('<', start);
  const end = close < 0 ? line.length : close;
  return { text: line.slice(start, end).trim(), end };
}

/** Elements whose artifactIds are not dependencies of the project. */
const POM_OTHER_ELEMENTS = ['parent', 'plugin', 'extension', 'exclusion', 'project'];

/**
 * pom.xml: `<artifactId>` elements of `<dependency>` blocks, as `groupId:artifactId` when the
 * groupId is in the same hunk. Artifacts of the project itself, its parent, plugins and
 * exclusions are left out when their opening element is in the hunk; before any opening element
 * (a `-U0` hunk inside a block) an artifactId counts.
 */
const parsePom: HunkParser = (lines) => {
  const names: string[] = [];
  let context: 'unknown' | 'dependency' | 'other' = 'unknown';
  let before: 'unknown' | 'dependency' | 'other' = 'unknown';
  let group: string | undefined;
  let artifact: string | undefined;
  const flush = () => {
    if (artifact !== undefined && context !== 'other') {
      const name = cleanName(group !== undefined ? `${group}:${artifact}` : artifact);
      if (name !== undefined) names.push(name);
    }
    group = undefined;
    artifact = undefined;
  };
  for (const line of lines) {
    let i = line.indexOf('<');
    for (let tags = 0; i >= 0 && tags < MAX_ITEMS_PER_LINE; tags++) {
      let end = i + 1;
      while (end < line.length && line[end] !== '>' && line[end] !== ' ' && line[end] !== '<')
        end++;
      const tag = line.slice(i + 1, end);
      if (tag === 'dependency') {
        flush();
        context = 'dependency';
      } else if (tag === '/dependency') {
        flush();
        context = 'other';
      } else if (tag === 'exclusion') {
        flush();
        before = context;
        context = 'other';
      } else if (tag === '/exclusion') {
        context = before;
      } else if (POM_OTHER_ELEMENTS.includes(tag) || POM_OTHER_ELEMENTS.includes(tag.slice(1))) {
        flush();
        context = 'other';
      } else if ((tag === 'groupId' || tag === 'artifactId') && line[end] === '>') {
        const { text, end: after } = elementText(line, i, tag);
        if (context !== 'other' && text.length > 0) {
          if (tag === 'groupId') {
            if (group !== undefined) flush();
            group = text;
          } else {
            if (artifact !== undefined) flush();
            artifact = text;
          }
        }
        end = after;
      }
      i = line.indexOf('<', Math.max(end, i + 1));
    }
  }
  flush();
  return names;
};

/** Gemfile: `gem 'name'` and `gem "name", "~> 1.0"` lines. */
const parseGemfile: HunkParser = (lines) => {
  const names: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line.startsWith('gem')) continue;
    let i = 3;
    if (line[i] !== ' ' && line[i] !== '\t' && line[i] !== '(') continue;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '(')) i++;
    const quote = line[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = line.indexOf(quote, i + 1);
    if (close < 0) continue;
    const name = cleanName(line.slice(i + 1, close));
    if (name !== undefined) names.push(name);
  }
  return names;
};

/** The hunk parser of each manifest format. */
export const HUNK_PARSERS: Record<ManifestFormat, HunkParser> = {
  'package.json': parsePackageJson,
  'go.mod': parseGoMod,
  'Cargo.toml': parseCargoToml,
  'requirements.txt': parseRequirements,
  'pyproject.toml': parsePyproject,
  'pom.xml': parsePom,
  Gemfile: parseGemfile,
};
