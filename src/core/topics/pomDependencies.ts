import { cleanName } from './dependencyNames';
import type { DeclaredDependency } from './declaredDependency';
import { xmlElements } from './xmlElements';

/** A <dependency> being read: its own groupId and artifactId, once each is complete. */
interface OpenDependency {
  depth: number;
  group?: string;
  artifact?: string;
}

/**
 * pom.xml: `groupId:artifactId` (or the artifactId alone) of each <dependency> directly inside a
 * <dependencies> element anywhere (the project's, a profile's, dependencyManagement's), but not
 * inside a <plugin> (a plugin's own dependencies are the build's, not the project's). Only the
 * dependency's own groupId and artifactId count (an exclusion's do not), and only when they hold
 * text alone. Comments are not elements; entities are left as written (xmlElements.ts). Undefined
 * when the text is not well-formed XML.
 */
export function pomDependencies(text: string): DeclaredDependency[] | undefined {
  const events = xmlElements(text);
  if (events === undefined) return undefined;
  const found: DeclaredDependency[] = [];
  const stack: string[] = [];
  let plugins = 0;
  let dep: OpenDependency | undefined;
  // The dependency's groupId or artifactId being read: its text, or undefined once it held an element.
  let field: { name: 'groupId' | 'artifactId'; text: string | undefined } | undefined;
  for (const e of events) {
    if (e.kind === 'open') {
      if (field) field.text = undefined;
      else if (
        dep &&
        stack.length === dep.depth + 1 &&
        (e.name === 'groupId' || e.name === 'artifactId')
      )
        field = { name: e.name, text: '' };
      else if (!dep && e.name === 'dependency' && stack.at(-1) === 'dependencies' && plugins === 0)
        dep = { depth: stack.length };
      if (e.name === 'plugin') plugins++;
      stack.push(e.name);
    } else if (e.kind === 'close') {
      stack.pop();
      if (e.name === 'plugin') plugins--;
      if (field && dep && stack.length === dep.depth + 1) {
        const value = field.text?.trim();
        const key = field.name === 'groupId' ? 'group' : 'artifact';
        // The first of each counts, as a reader of the document would take it.
        if (!(key in dep)) dep[key] = value === '' ? undefined : value;
        field = undefined;
      } else if (dep && stack.length === dep.depth) {
        if (dep.artifact !== undefined) {
          const full = cleanName(
            dep.group === undefined ? dep.artifact : `${dep.group}:${dep.artifact}`,
          );
          if (full !== undefined) found.push({ name: full });
        }
        dep = undefined;
      }
    } else if (field && field.text !== undefined && stack.length === (dep?.depth ?? 0) + 2)
      field.text += e.text;
  }
  return found;
}
