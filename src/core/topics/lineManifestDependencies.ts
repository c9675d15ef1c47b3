import { cleanName, requirementName, wordAt } from './dependencyNames';
import type { DeclaredDependency } from './declaredDependency';

/*
 * The line formats, read by small line readers: requirements.txt, go.mod and Gemfile have no
 * nesting a parser would help with, and a line that does not look like a dependency is simply not
 * one. Each reads every line in time linear in its length; they never fail.
 */

/** The lines of a text, without their "\r\n" or "\n" ends. */
function linesOf(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * requirements.txt: one requirement per line (`name==1.0`, `name>=1`, bare `name`,
 * `name @ https://...`); comments, options (-r, -e, --index-url), paths and URLs are skipped.
 */
export function requirementsDependencies(text: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  for (const raw of linesOf(text)) {
    let line = raw.trim();
    if (line.length === 0 || line[0] === '#' || line[0] === '-') continue;
    const comment = line.indexOf(' #');
    if (comment >= 0) line = line.slice(0, comment);
    const name = requirementName(line);
    if (name !== undefined) found.push({ name });
  }
  return found;
}

/** Gemfile: `gem 'name'`, `gem "name", "~> 1.0"` and `gem("name")` lines. */
export function gemfileDependencies(text: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  for (const raw of linesOf(text)) {
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
    if (name !== undefined) found.push({ name });
  }
  return found;
}

/** go.mod directives whose blocks hold no requirements. */
const GO_OTHER_BLOCKS = new Set(['replace', 'exclude', 'retract', 'tool', 'godebug', 'ignore']);

/**
 * go.mod: `require path v1.2.3` lines and the lines of `require ( ... )` blocks, nothing else
 * (not replace, exclude or retract). A `// indirect` requirement is marked as such.
 */
export function goModDependencies(text: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  let block: 'require' | 'other' | undefined;
  for (const raw of linesOf(text)) {
    const line = raw.trim();
    let { word, end } = wordAt(line, 0);
    if (block !== undefined) {
      if (word.startsWith(')')) {
        block = undefined;
        continue;
      }
      if (block === 'other') continue;
    } else if (word === 'require' || word === 'require(') {
      const next = wordAt(line, end);
      if (word === 'require(' || next.word.startsWith('(')) {
        block = 'require';
        continue;
      }
      ({ word, end } = next);
    } else {
      const next = wordAt(line, end).word;
      if (GO_OTHER_BLOCKS.has(word) && next.startsWith('(')) block = 'other';
      if (word.endsWith('(') && GO_OTHER_BLOCKS.has(word.slice(0, -1))) block = 'other';
      continue;
    }
    if (word === '' || word.startsWith('//') || word.startsWith('/') || word.startsWith('.')) {
      continue;
    }
    const version = wordAt(line, end).word;
    if (version.length < 2 || version[0] !== 'v' || version[1] < '0' || version[1] > '9') continue;
    const name = cleanName(word);
    if (name !== undefined) found.push({ name, indirect: line.includes('// indirect') });
  }
  return found;
}
