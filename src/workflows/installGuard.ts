import { done, failed, type Outcome } from './outcome';
import type { GitPort } from './ports';
import { t } from '../core/l10n';

/** Install the pre-commit guard for a records root (see GuardOptions). */
export interface InstallGuardRequest {
  rootName: string;
  /** Replaces the hook's validation step; by default the hook finds the CLI itself. */
  command?: string;
  /** Confirmed by the user: write into a hooks folder outside the repository. */
  allowOutsideRepository?: boolean;
}

/** The guard installed: where, an earlier hook kept and run first, or only brought up to date. */
export interface InstalledGuard {
  hookPath: string;
  chained?: string;
  alreadyInstalled: boolean;
  /** Every records root the hook guards, relative to the work tree's top ('' for the top). */
  roots: string[];
}

/**
 * Installs the git pre-commit hook: in plain sh and git it refuses a commit that adds or changes
 * a private note of any root it guards, then validates the staged records with the CLI where it
 * finds one. An existing hook is kept and runs first. Refused where git may not run, for a command
 * that is not one line (it goes into a shell script), and for a hooks folder outside the
 * repository unless the user allowed it (the failure says so: `outsideRepository`).
 */
export async function installGuard(
  request: InstallGuardRequest,
  ports: { git: GitPort },
): Promise<Outcome<InstalledGuard>> {
  const unavailable = ports.git.unavailable();
  if (unavailable) return failed('refused', unavailable);
  if (request.command !== undefined && (request.command.trim() === '' || /[\r\n]/.test(request.command)))
    return failed('refused', t('The guard command must be one non-empty line.'));
  const installed = await ports.git.installGuard({
    rootName: request.rootName,
    command: request.command,
    allowOutsideRepository: request.allowOutsideRepository === true,
  });
  if (!installed.ok) return failed(installed.outsideRepository ? 'refused' : 'git', installed.message);
  const { hookPath, chained, alreadyInstalled, roots } = installed;
  return done(
    chained === undefined
      ? { hookPath, alreadyInstalled, roots }
      : { hookPath, chained, alreadyInstalled, roots },
  );
}
