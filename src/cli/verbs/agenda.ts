import * as path from 'node:path';
import { DEFAULT_MAX_CARRIES } from '../../core/records/agenda';
import { prepareAgenda } from '../../workflows/prepareAgenda';
import { agendaJson } from '../agendaJson';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { dateOption } from '../dateOption';
import { formatOption } from '../formatOption';
import { maxCarriesOption } from '../maxCarriesOption';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { settle } from '../settle';
import { formatAgenda } from '../../core/records/formatAgenda';
import type { Verb } from '../verb';
import { escapeValuesForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';

/** `agenda`: what to cover in the next session, to paste into it or send ahead. */
export const agendaVerb: Verb = {
  name: 'agenda',
  summary: 'print the agenda for a session: carried items, questions, goals, topics, cadence',
  usage: 'agenda SLUG [--date YYYY-MM-DD] [--format md|json] [--max-carries N] [--no-git]',
  details: [
    'Open action items of the sessions before the date (each linking to the line where it lives),',
    "queued questions not yet ticked, active goals to review, learning topics from the mentee's",
    'commits since the last session (--no-git: none), and the cadence. An item carried N times',
    `(--max-carries, else agenda.maxCarries in <root>/config.yml, default ${DEFAULT_MAX_CARRIES}) is marked to decide on:`,
    'do, drop, delegate or make it a goal.',
    'The date defaults to today. json: {"relationship", "date", "carriedActions": [{"text", "owner",',
    '"due", "home": {"file", "line"}, "carried", "overdue", "decide"}], "questions": [{"text", "added",',
    '"by", "home"}], "goals": [{"id", "title", "reason"}], "cadence": {"last", "nextDue", "overdue"},',
    '"topics", "suggestedQuestions"}; files relative to --dir, lines 1-based, unknown values null.',
  ],
  options: {
    date: { kind: 'string' },
    format: { kind: 'string' },
    'max-carries': { kind: 'string' },
    'no-git': { kind: 'flag' },
  },
  async run(ctx, { options, positionals }) {
    const format = formatOption(options.format, ['md', 'json']);
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const dir = relationshipDir(ctx, positionals[0]);
    const date = dateOption(options.date, ctx.today);
    const maxCarries = maxCarriesOption(options['max-carries']);
    const ports = cliPorts(
      ctx,
      { 'agenda.maxCarries': maxCarries },
      { noGit: options['no-git'] === true },
    );
    const prepared = settle(
      ctx,
      'agenda',
      await prepareAgenda({ slug: path.basename(dir), date, topics: { from: 'git' } }, ports),
    );
    if (format === 'json') {
      const file = (rootRelative: string) =>
        shown(ctx, path.join(ctx.records.root, ...rootRelative.split('/')));
      ctx.outLines(jsonForTerminal(agendaJson(prepared.agenda, prepared.rel.questionsFile, file)));
    } else {
      // Formatted again from an escaped copy: a value with a line break cannot start a line.
      ctx.outLines(
        formatAgenda(
          escapeValuesForTerminal(prepared.agenda),
          escapeValuesForTerminal(prepared.rel.plan?.cadence),
        ),
      );
    }
    return 0;
  },
};
