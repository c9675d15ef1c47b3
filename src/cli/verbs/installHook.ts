import { installGuard } from '../../workflows/installGuard';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import { settle } from '../settle';
import { defineVerb } from '../verb';
import { t } from '../../core/l10n';

/** `install-hook`: installs the pre-commit guard that keeps private notes out of commits. */
export const installHookVerb = defineVerb({
  name: 'install-hook',
  summary: t('install the pre-commit guard'),
  usage: 'install-hook [--command CMD] [--global-hooks-path]',
  details: [
    t('Writes a git pre-commit hook (honouring core.hooksPath) for the records root (--root). The'),
    t(
      'hook itself, in plain sh and git without Node, refuses a commit that adds or changes a file',
    ),
    t('in a private/ folder of any root it guards (removing one is allowed). Then it runs'),
    t('"mentoring-journal validate --staged" for each root when node and the CLI are found: on'),
    t("PATH, in the editor's copy in ~/.local/share/mentoring-journal, or in the repository's"),
    t('node_modules; otherwise it says that only the privacy check ran. --command CMD replaces'),
    t('that validation step. Never npx, never the network.'),
    t('Installing for another --root adds it; installing again keeps the roots and your own lines'),
    t('outside the marked block. An existing pre-commit hook is never overwritten: it is moved'),
    t('aside and runs first; the commit fails if either fails. A core.hooksPath outside the'),
    t('repository (a global one) is refused unless --global-hooks-path is given.'),
  ],
  options: {
    command: {
      kind: 'string',
      placeholder: 'CMD',
      description: t('the validation step the hook runs (default: validate --staged)'),
    },
    'global-hooks-path': {
      kind: 'flag',
      description: t('allow a core.hooksPath outside the repository'),
    },
  },
  async run(ctx, { values, positionals }) {
    if (positionals.length) throw new UsageError(t('unexpected argument "{0}"', positionals[0]));
    const command = values.command;
    if (command !== undefined && (command.trim() === '' || /[\r\n]/.test(command)))
      throw new UsageError(t('--command must be one non-empty line'));
    const result = settle(
      ctx,
      'install-hook',
      await installGuard(
        {
          rootName: ctx.rootName,
          command,
          allowOutsideRepository: values['global-hooks-path'],
        },
        cliPorts(ctx),
      ),
    );
    ctx.out(
      result.alreadyInstalled
        ? t(
            'Pre-commit guard already installed, brought up to date: {0}',
            shown(ctx, result.hookPath),
          )
        : t('Installed the pre-commit guard: {0}', shown(ctx, result.hookPath)),
    );
    ctx.out(t('Records roots guarded: {0}', result.roots.map((r) => r || '.').join(', ')));
    if (result.chained) {
      ctx.out(
        t(
          'Your existing pre-commit hook is kept at {0} and runs first; the guard runs after it.',
          shown(ctx, result.chained),
        ),
      );
    }
    return 0;
  },
});
