/** How serious a problem is; `error` fails `validate`, the others only inform. */
export type Severity = 'error' | 'warning' | 'hint';

/**
 * One located finding in a records file. Lines and columns are 1-based, as people and the CLI
 * report them; the VS Code layer converts to 0-based positions.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

/** Builds a problem; keeps call sites short and the field order in one place. */
export function problem(
  file: string,
  line: number,
  column: number,
  severity: Severity,
  code: string,
  message: string,
): Problem {
  return { file, line, column, severity, code, message };
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
