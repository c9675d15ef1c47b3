import { cargoDependencies } from './cargoDependencies';
import type { DeclaredDependency, ManifestReader } from './declaredDependency';
import {
  gemfileDependencies,
  goModDependencies,
  requirementsDependencies,
} from './lineManifestDependencies';
import { packageJsonDependencies } from './packageJsonDependencies';
import { manifestFormat, type ManifestFormat } from './paths';
import { pomDependencies } from './pomDependencies';
import { pyprojectDependencies } from './pyprojectDependencies';

export { MAX_DEPENDENCY_NAME } from './dependencyNames';

/*
 * Reading added dependencies from a manifest as a whole, at both sides of a commit: each format
 * through its own parser (JSON.parse, smol-toml, our small XML reader xmlElements.ts) or a small line reader, then
 * compared as sets. A version bump, a reordering or a move between sections names the same
 * dependency on both sides, so it adds nothing.
 */

/** The reader of each manifest format. */
const READERS: Record<ManifestFormat, ManifestReader> = {
  'package.json': packageJsonDependencies,
  'Cargo.toml': cargoDependencies,
  'pyproject.toml': pyprojectDependencies,
  'pom.xml': pomDependencies,
  'requirements.txt': requirementsDependencies,
  'go.mod': goModDependencies,
  Gemfile: gemfileDependencies,
};

/** What a commit's change to one manifest added, or which side could not be read. */
export interface AddedDependencies {
  /** The dependencies the new side names and the old side does not, in the new side's order. */
  names: string[];
  /**
   * Set when a side does not parse (a JSON, TOML or XML error): then `names` is empty, because
   * comparing against a side we could not read would report made-up additions.
   */
  unreadable?: 'before' | 'after';
}

/**
 * The dependencies a change to the manifest at `path` added: those `after` names that `before`
 * (undefined: the file is new) does not. Spellings one tool treats alike are one dependency
 * (Python's "-", "_" and "."; any case). Nothing for a path that is not a manifest.
 */
export function addedDependencies(
  path: string,
  before: string | undefined,
  after: string,
): AddedDependencies {
  const format = manifestFormat(path);
  if (format === undefined) return { names: [] };
  const reader = READERS[format];
  // JSON.parse refuses a byte order mark; npm and the other tools read past it.
  const read = (text: string) => reader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const newSide = read(after);
  if (newSide === undefined) return { names: [], unreadable: 'after' };
  let oldSide: DeclaredDependency[] = [];
  if (before !== undefined) {
    const old = read(before);
    if (old === undefined) return { names: [], unreadable: 'before' };
    oldSide = old;
  }
  const known = new Set(oldSide.map((d) => keyOf(format, d.name)));
  const names: string[] = [];
  for (const d of newSide) {
    // An indirect requirement is one the go tool pulled in, not a choice.
    if (d.indirect) continue;
    const key = keyOf(format, d.name);
    if (known.has(key)) continue;
    known.add(key);
    names.push(d.name);
  }
  return { names };
}

/** The key two spellings of one dependency share: Python names normalise "-", "_" and ".". */
function keyOf(format: ManifestFormat, name: string): string {
  const lower = name.toLowerCase();
  // A Maven artifact whose groupId appears or goes is the same artifact.
  if (format === 'pom.xml') return lower.slice(lower.lastIndexOf(':') + 1);
  if (format !== 'requirements.txt' && format !== 'pyproject.toml') return lower;
  let key = '';
  for (const ch of lower) {
    const separator = ch === '-' || ch === '_' || ch === '.';
    if (!separator) key += ch;
    else if (!key.endsWith('-')) key += '-';
  }
  return key;
}
