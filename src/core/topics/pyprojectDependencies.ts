import { requirementName } from './dependencyNames';
import { tableOf, type DeclaredDependency } from './declaredDependency';
import { tomlAt, tomlDocument } from './tomlDocument';

/**
 * pyproject.toml: the PEP 508 requirement strings of [project] `dependencies`, of every list in
 * [project.optional-dependencies] and [dependency-groups] ("httpx>=0.27" is httpx; an
 * `{include-group = ...}` entry is not a requirement), and the keys of poetry's
 * [tool.poetry.dependencies], [tool.poetry.dev-dependencies] and
 * [tool.poetry.group.<g>.dependencies], python itself left out. Undefined when the text is not
 * valid TOML.
 */
export function pyprojectDependencies(text: string): DeclaredDependency[] | undefined {
  const doc = tomlDocument(text);
  if (doc === undefined) return undefined;
  const found: DeclaredDependency[] = [];
  const requirements = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      const name = typeof item === 'string' ? requirementName(item) : undefined;
      if (name !== undefined) found.push({ name });
    }
  };
  requirements(tomlAt(doc, 'project', 'dependencies'));
  for (const list of Object.values(
    tableOf(tomlAt(doc, 'project', 'optional-dependencies')) ?? {},
  )) {
    requirements(list);
  }
  for (const list of Object.values(tableOf(doc['dependency-groups']) ?? {})) requirements(list);

  const poetryTables = [
    tomlAt(doc, 'tool', 'poetry', 'dependencies'),
    tomlAt(doc, 'tool', 'poetry', 'dev-dependencies'),
    ...Object.values(tableOf(tomlAt(doc, 'tool', 'poetry', 'group')) ?? {}).map((group) =>
      tomlAt(tableOf(group), 'dependencies'),
    ),
  ];
  for (const table of poetryTables) {
    for (const key of Object.keys(tableOf(table) ?? {})) {
      if (key.toLowerCase() === 'python') continue;
      // A poetry key is a distribution name, nothing more ("name[extra]" is not a key poetry writes).
      const name = requirementName(key);
      if (name !== undefined && name === key) found.push({ name });
    }
  }
  return found;
}
