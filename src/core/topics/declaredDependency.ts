/** A dependency a manifest names, as one of the manifest readers found it. */
export interface DeclaredDependency {
  /** The name as the manifest spells it (cleanName: at most 100 characters, no spaces). */
  name: string;
  /**
   * go.mod's `// indirect`: the go tool pulled it in, so it is not the author's choice. It still
   * counts as known on the old side, so a module promoted to direct is not new.
   */
  indirect?: boolean;
}

/**
 * What a manifest reader returns: the dependencies in the order the file names them, or
 * undefined when the file does not parse (then nothing may be concluded from it).
 */
export type ManifestReader = (text: string) => DeclaredDependency[] | undefined;

/** A parsed table (a JSON object, a TOML table) as a record, or undefined for anything else. */
export function tableOf(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (value instanceof Date) return undefined;
  return value as Record<string, unknown>;
}
