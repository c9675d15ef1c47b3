import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cleanName } from './dependencyNames';
import { tableOf, type DeclaredDependency } from './declaredDependency';

// Every element as an array (one shape to walk), text kept as text ("1.10" is not a number),
// attributes and entities left alone: a DOCTYPE's entities are never expanded.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: false,
  htmlEntities: false,
  isArray: () => true,
});

/**
 * pom.xml through fast-xml-parser: `groupId:artifactId` (or the artifactId alone) of each
 * <dependency> directly inside a <dependencies> element anywhere (the project's, a profile's,
 * dependencyManagement's), but not inside a <plugin> (a plugin's own dependencies are the build's,
 * not the project's). Comments are not elements. Undefined when the text is not well-formed XML.
 */
export function pomDependencies(text: string): DeclaredDependency[] | undefined {
  if (XMLValidator.validate(text) !== true) return undefined;
  let root: unknown;
  try {
    root = parser.parse(text);
  } catch {
    // fast-xml-parser refuses elements nested over 100 deep.
    return undefined;
  }
  const found: DeclaredDependency[] = [];
  walk(tableOf(root), '', false, found);
  return found;
}

/** Visits the child elements of `element`, whose own name is `name`. */
function walk(
  element: Record<string, unknown> | undefined,
  name: string,
  inPlugin: boolean,
  found: DeclaredDependency[],
): void {
  if (element === undefined) return;
  for (const [child, list] of Object.entries(element)) {
    if (!Array.isArray(list) || child.startsWith('?') || child.startsWith('#')) continue;
    for (const item of list) {
      const node = tableOf(item);
      if (child === 'dependency' && name === 'dependencies' && !inPlugin) {
        const artifact = textOf(node?.artifactId);
        if (artifact === undefined) continue;
        const group = textOf(node?.groupId);
        const full = cleanName(group === undefined ? artifact : `${group}:${artifact}`);
        if (full !== undefined) found.push({ name: full });
        continue;
      }
      walk(node, child, inPlugin || child === 'plugin', found);
    }
  }
}

/** The trimmed text of a one-element list holding a text-only element, or undefined. */
function textOf(list: unknown): string | undefined {
  if (!Array.isArray(list) || typeof list[0] !== 'string') return undefined;
  const text = list[0].trim();
  return text === '' ? undefined : text;
}
