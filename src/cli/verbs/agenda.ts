import * as path from 'node:path';
import { buildAgenda, DEFAULT_MAX_CARRIES } from '../../core/records/agenda';
import { formatAgenda } from '../../core/records/formatAgenda';
import { loadRelationship } from '../../store/loadRelationship';
import { agendaJson } from '../agendaJson';
import { shown } from '../cliContext';
import { dateOption } from '../dateOption';
import { formatOption } from '../formatOption';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import type { Verb } from '../verb';
import { escapeValuesForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';

/** `agenda`: what to cover in the next session, to paste into it or send ahead. */
export const agendaVerb: Verb = {
  name: 'agenda',
  summary: 'print the agenda for a session: carried items, questions, goals, cadence',
  usage: 'agenda SLUG [--date YYYY-MM-DD] [--format md|json] [--max-carries N]',
  details: [
    'Open action items of the sessions before the date (each linking to the line where it lives),',
    'queued questions not yet ticked, active goals to review, and the cadence. An item carried N',
    `times (--max-carries, default ${DEFAULT_MAX_CARRIES}) is marked to decide on: do, drop, delegate or make it a goal.`,
    'The date defaults to today. json: {"relationship", "date", "carriedActions": [{"text", "owner",',
    '"due", "home": {"file", "line"}, "carried", "overdue", "decide"}], "questions": [{"text", "added",',
    '"by", "home"}], "goals": [{"id", "title", "reason"}], "cadence": {"last", "nextDue", "overdue"},',
    '"topics", "suggestedQuestions"}; files relative to --dir, lines 1-based, unknown values null.',
  ],
  options: {
    date: { kind: 'string' },
    format: { kind: 'string' },
    'max-carries': { kind: 'string' },
  },
  async run(ctx, { options, positionals }) {
    const format = formatOption(options.format, ['md', 'json']);
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const dir = relationshipDir(ctx, positionals[0]);
    const date = dateOption(options.date, ctx.today);
    const maxCarries = maxCarriesOption(options['max-carries']);
    const rel = loadRelationship(ctx.records.root, path.basename(dir));
    const agenda = buildAgenda(rel, date, { maxCarries });
    if (format === 'json') {
      const file = (rootRelative: string) =>
        shown(ctx, path.join(ctx.records.root, ...rootRelative.split('/')));
      ctx.outLines(jsonForTerminal(agendaJson(agenda, rel.questionsFile, file)));
    } else {
      ctx.outLines(
        formatAgenda(escapeValuesForTerminal(agenda), escapeValuesForTerminal(rel.plan?.cadence)),
      );
    }
    return 0;
  },
};

function maxCarriesOption(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_CARRIES;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value) || Number(value) < 1)
    throw new UsageError('--max-carries must be a whole number of sessions, 1 or more');
  return Number(value);
}
