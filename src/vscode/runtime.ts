import type * as vscode from 'vscode';
import { CommandRunner } from './commands';
import { createServices } from './createServices';
import type { RecordDiagnostics } from './diagnostics/recordDiagnostics';

/** Everything behind the registered commands and listeners, built on first use. */
export interface Runtime {
  runCommand(id: string, args: unknown[]): Promise<unknown>;
  diagnostics: RecordDiagnostics;
}

/**
 * Builds the runtime. This module is its own bundle (dist/runtime.js), loaded by extension.ts on
 * the first command or event, so activation does not parse or run yaml, zod or simple-git.
 */
export function createRuntime(log: vscode.LogOutputChannel): Runtime {
  const services = createServices(log);
  const runner = new CommandRunner(services);
  return { runCommand: (id, args) => runner.run(id, args), diagnostics: services.diagnostics };
}
