import { done, failed, type Outcome } from './outcome';
import type { GitPort } from './ports';

/** Install the pre-commit guard: `command` is what the hook runs (each adapter knows its CLI). */
export interface InstallGuardRequest {
  command: string;
}

/** The guard installed: where, an earlier hook kept and run first, or only brought up to date. */
export interface InstalledGuard {
  hookPath: string;
  chained?: string;
  alreadyInstalled: boolean;
}

/**
 * Installs the git pre-commit hook that runs `validate --staged`, so a private note forced into
 * the index never reaches a commit. An existing hook is kept and runs first. Refused where git may
 * not run; the command must be one line (it goes into a shell script).
 */
export async function installGuard(
  request: InstallGuardRequest,
  ports: { git: GitPort },
): Promise<Outcome<InstalledGuard>> {
  const unavailable = ports.git.unavailable();
  if (unavailable) return failed('refused', unavailable);
  if (request.command.trim() === '' || /[\r\n]/.test(request.command))
    return failed('refused', 'The guard command must be one non-empty line.');
  const installed = await ports.git.installGuard(request.command);
  if (!installed.ok) return failed('git', installed.message);
  const { hookPath, chained, alreadyInstalled } = installed;
  return done(
    chained === undefined
      ? { hookPath, alreadyInstalled }
      : { hookPath, chained, alreadyInstalled },
  );
}
