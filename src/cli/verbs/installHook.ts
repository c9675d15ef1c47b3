import { installGuard } from '../../workflows/installGuard';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import { settle } from '../settle';
import type { Verb } from '../verb';

/** The guard the hook runs by default: npx finds the package also where it is a dev dependency. */
export const DEFAULT_GUARD_COMMAND = 'npx --no-install mentoring-journal validate --staged';

/** `install-hook`: installs the pre-commit guard that keeps private notes out of commits. */
export const installHookVerb: Verb = {
  name: 'install-hook',
  summary: 'install the pre-commit guard',
  usage: 'install-hook [--command CMD]',
  details: [
    'Writes a git pre-commit hook (honouring core.hooksPath) that runs',
    `"${DEFAULT_GUARD_COMMAND}", or CMD. An existing pre-commit hook is never`,
    'overwritten: it is moved aside and runs first; the commit fails if either fails.',
    'Installing again only brings the guard up to date.',
  ],
  options: { command: { kind: 'string' } },
  async run(ctx, { options, positionals }) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const given = options.command as string | undefined;
    if (given !== undefined && (given.trim() === '' || /[\r\n]/.test(given)))
      throw new UsageError('--command must be one non-empty line');
    // A non-default records root has to reach the hook, which runs at the repository's top.
    const command =
      given ??
      (ctx.rootName === 'mentoring'
        ? DEFAULT_GUARD_COMMAND
        : `${DEFAULT_GUARD_COMMAND} --root '${ctx.rootName.replaceAll("'", `'\\''`)}'`);
    const result = settle(ctx, 'install-hook', await installGuard({ command }, cliPorts(ctx)));
    ctx.out(
      `${result.alreadyInstalled ? 'Pre-commit guard already installed, brought up to date' : 'Installed the pre-commit guard'}: ${shown(ctx, result.hookPath)}`,
    );
    if (result.chained) {
      ctx.out(
        `Your existing pre-commit hook is kept at ${shown(ctx, result.chained)} and runs first; the guard runs after it.`,
      );
    }
    return 0;
  },
};
