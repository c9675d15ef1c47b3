import { cleanName, isNpmName } from './dependencyNames';
import { tableOf, type DeclaredDependency } from './declaredDependency';

/** The top-level package.json objects whose entries are dependencies. */
const NPM_DEPENDENCY_OBJECTS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
];

/**
 * package.json through JSON.parse: the entries with a string value of the four top-level
 * dependency objects (not overrides, resolutions, engines or a workspace's settings). Undefined
 * when the text is not JSON or not an object.
 */
export function packageJsonDependencies(text: string): DeclaredDependency[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const top = tableOf(parsed);
  if (top === undefined) return undefined;
  const found: DeclaredDependency[] = [];
  for (const key of NPM_DEPENDENCY_OBJECTS) {
    const object = tableOf(top[key]);
    if (object === undefined) continue;
    for (const [name, spec] of Object.entries(object)) {
      if (typeof spec !== 'string' || !isNpmName(name)) continue;
      const clean = cleanName(name);
      if (clean !== undefined) found.push({ name: clean });
    }
  }
  return found;
}
