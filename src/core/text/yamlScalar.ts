// "@" and "`" are reserved indicators in YAML: a plain scalar must not start with them.
const PLAIN_SAFE = /^[\p{L}\p{N}(][^,[\]{}#:"'\n\r]*$/u;
const LOOKS_TYPED =
  /^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/**
 * Writes a string as a YAML scalar that reads back as the same string, in plain style when that
 * is safe (also inside a flow list), else double-quoted.
 */
export function yamlScalar(value: string): string {
  const plain =
    PLAIN_SAFE.test(value) &&
    value.trim() === value &&
    !LOOKS_TYPED.test(value) &&
    !/^\d{4}-\d\d-\d\dT/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Writes a list of strings as a YAML flow sequence: `[a, b]`. */
export function yamlFlowList(values: readonly string[]): string {
  return `[${values.map(yamlScalar).join(', ')}]`;
}
