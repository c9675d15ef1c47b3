import { cleanName, isCrateName } from './dependencyNames';
import { tableOf, type DeclaredDependency } from './declaredDependency';
import { tomlAt, tomlDocument } from './tomlDocument';

/** Cargo's dependency table names (and the underscore spellings Cargo still reads). */
const CARGO_DEPENDENCY_TABLES = [
  'dependencies',
  'dev-dependencies',
  'build-dependencies',
  'dev_dependencies',
  'build_dependencies',
];

/**
 * Cargo.toml: the crates of [dependencies], [dev-dependencies], [build-dependencies],
 * [workspace.dependencies] and [target.<cfg>.<those>] (`serde = "1"`, `serde = { ... }`,
 * `serde.workspace = true` and `[dependencies.serde]` are all one key of the table to TOML).
 * Not [patch], [features] or [profile]. Undefined when the text is not valid TOML.
 */
export function cargoDependencies(text: string): DeclaredDependency[] | undefined {
  const doc = tomlDocument(text);
  if (doc === undefined) return undefined;
  const tables: unknown[] = CARGO_DEPENDENCY_TABLES.map((t) => doc[t]);
  tables.push(tomlAt(doc, 'workspace', 'dependencies'));
  const targets = tableOf(doc.target) ?? {};
  for (const target of Object.values(targets)) {
    for (const t of CARGO_DEPENDENCY_TABLES) tables.push(tomlAt(tableOf(target), t));
  }
  const found: DeclaredDependency[] = [];
  for (const table of tables) {
    for (const crate of Object.keys(tableOf(table) ?? {})) {
      const name = isCrateName(crate) ? cleanName(crate) : undefined;
      if (name !== undefined) found.push({ name });
    }
  }
  return found;
}
