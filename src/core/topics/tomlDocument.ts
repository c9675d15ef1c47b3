import { parse } from 'smol-toml';
import { tableOf } from './declaredDependency';

/**
 * A TOML file's top table through smol-toml (a maintained TOML 1.0 parser that refuses deep
 * nesting), or undefined when the text is not valid TOML.
 */
export function tomlDocument(text: string): Record<string, unknown> | undefined {
  try {
    return tableOf(parse(text));
  } catch {
    return undefined;
  }
}

/** The value at a path of keys through nested tables, or undefined where a step is missing. */
export function tomlAt(table: Record<string, unknown> | undefined, ...keys: string[]): unknown {
  let value: unknown = table;
  for (const key of keys) {
    const current = tableOf(value);
    if (current === undefined || !Object.hasOwn(current, key)) return undefined;
    value = current[key];
  }
  return value;
}
