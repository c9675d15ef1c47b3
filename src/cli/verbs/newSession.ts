import * as path from 'node:path';
import { newSession } from '../../workflows/newSession';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { dateOption } from '../dateOption';
import { AGENDA_OPTIONS } from '../agendaOptions';
import { maxCarriesOption } from '../maxCarriesOption';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { settle } from '../settle';
import { defineVerb } from '../verb';
import { t } from '../../core/l10n';

/** `new-session`: creates a session log. */
export const newSessionVerb = defineVerb({
  name: 'new-session',
  summary: t('create the session log for a date'),
  usage: 'new-session SLUG [--date YYYY-MM-DD] [--max-carries N] [--no-git]',
  details: [
    t(
      'Creates <root>/<slug>/sessions/<date>.md (or <date>-2.md, -3, ... for another session that day),',
    ),
    t(
      "with the plan's people as attendees and the repository's HEAD, and prints its path. Its Agenda",
    ),
    t('section is filled with the agenda (see agenda --help) from the sessions before that date,'),
    t(
      "learning topics from the mentee's commits included. --no-git runs no git: no HEAD, no topics.",
    ),
  ],
  options: {
    date: {
      kind: 'string',
      placeholder: 'YYYY-MM-DD',
      description: t('the session date (default: today)'),
    },
    ...AGENDA_OPTIONS,
  },
  async run(ctx, { values, positionals }) {
    if (positionals.length > 1)
      throw new UsageError(t('unexpected argument "{0}"', positionals[1]));
    const dir = relationshipDir(ctx, positionals[0]);
    const date = dateOption(values.date, ctx.today);
    const maxCarries = maxCarriesOption(values['max-carries']);
    const noGit = values['no-git'];
    const ports = cliPorts(ctx, { 'agenda.maxCarries': maxCarries }, { noGit });
    const created = settle(
      ctx,
      'new-session',
      await newSession({ slug: path.basename(dir), date, topics: { from: 'git' } }, ports),
    );
    ctx.out(shown(ctx, path.join(ctx.records.root, ...created.file.split('/'))));
    return 0;
  },
});
