import * as path from 'node:path';
import { openTodaysSession } from '../../workflows/openTodaysSession';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { AGENDA_OPTIONS } from '../agendaOptions';
import { maxCarriesOption } from '../maxCarriesOption';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { settle } from '../settle';
import { defineVerb } from '../verb';
import { t } from '../../core/l10n';

/** `today`: today's session log, created with the agenda when there is none (Open Today's Session). */
export const todayVerb = defineVerb({
  name: 'today',
  summary: t("print today's session log, creating it with the agenda when there is none"),
  usage: 'today SLUG [--max-carries N] [--no-git]',
  details: [
    t("Prints the path of today's latest session log that is not cancelled. When there is none,"),
    t('creates it as new-session does (attendees, HEAD, the agenda) and prints its path.'),
    t('Run twice, it prints the same file: `$EDITOR "$(mentoring-journal today alex)"`.'),
  ],
  options: { ...AGENDA_OPTIONS },
  async run(ctx, { values, positionals }) {
    if (positionals.length > 1)
      throw new UsageError(t('unexpected argument "{0}"', positionals[1]));
    const dir = relationshipDir(ctx, positionals[0]);
    const maxCarries = maxCarriesOption(values['max-carries']);
    const ports = cliPorts(ctx, { 'agenda.maxCarries': maxCarries }, { noGit: values['no-git'] });
    const opened = settle(
      ctx,
      'today',
      await openTodaysSession({ slug: path.basename(dir), topics: { from: 'git' } }, ports),
    );
    ctx.out(shown(ctx, path.join(ctx.records.root, ...opened.file.split('/'))));
    return 0;
  },
});
