import * as path from 'node:path';
import { DEFAULT_MAX_CARRIES } from '../../core/records/agenda';
import { prepareAgenda } from '../../workflows/prepareAgenda';
import { agendaJson } from '../agendaJson';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { dateOption } from '../dateOption';
import { listingFormat } from '../formatOption';
import { MARKDOWN, PLAIN } from '../../core/text/markup';
import { AGENDA_OPTIONS } from '../agendaOptions';
import { maxCarriesOption } from '../maxCarriesOption';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { settle } from '../settle';
import { formatAgenda } from '../../core/records/formatAgenda';
import { defineVerb } from '../verb';
import { escapeValuesForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';
import { t } from '../../core/l10n';

/** `agenda`: what to cover in the next session, to paste into it or send ahead. */
export const agendaVerb = defineVerb({
  name: 'agenda',
  summary: t('print the agenda for a session: carried items, questions, goals, topics, cadence'),
  usage: 'agenda SLUG [--date YYYY-MM-DD] [--format md|text|json] [--max-carries N] [--no-git]',
  details: [
    t(
      'Open action items of the sessions before the date (each linking to the line where it lives),',
    ),
    t("queued questions not yet ticked, active goals to review, learning topics from the mentee's"),
    t('commits since the last session (--no-git: none), up to three open questions from the bank'),
    t(
      '(built-in and <root>/templates/questions/) suggested for those topics and goals, each saying',
    ),
    t('why, and the cadence. An item carried N times'),
    t(
      '(--max-carries, else agenda.maxCarries in <root>/config.yml, default {0}) is marked to decide on:',
      DEFAULT_MAX_CARRIES,
    ),
    t('do, drop, delegate or make it a goal.'),
    t(
      'The date defaults to today. text (the default on a terminal): the markdown without markup, each',
    ),
    t(
      'carried item followed by (FILE:LINE). json: {"relationship", "date", "carriedActions": [{"text", "owner",',
    ),
    t(
      '"due", "home": {"file", "line"}, "carried", "overdue", "decide"}], "questions": [{"text", "added",',
    ),
    t(
      '"by", "home"}], "goals": [{"id", "title", "reason"}], "cadence": {"last", "nextDue", "overdue"},',
    ),
    t(
      '"topics", "suggestedQuestions": [{"text", "reason", "for": {"kind": "topic" | "goal", "id",',
    ),
    t('"title"}}]}; files relative to --dir, lines 1-based, unknown values null.'),
  ],
  options: {
    date: {
      kind: 'string',
      placeholder: 'YYYY-MM-DD',
      description: t('the date of the session (default: today)'),
    },
    format: {
      kind: 'string',
      placeholder: 'md|text|json',
      description: t('the output (default: text on a terminal, else md)'),
    },
    ...AGENDA_OPTIONS,
  },
  async run(ctx, { values, positionals }) {
    const format = listingFormat(ctx, values.format);
    if (positionals.length > 1)
      throw new UsageError(t('unexpected argument "{0}"', positionals[1]));
    const dir = relationshipDir(ctx, positionals[0]);
    const date = dateOption(values.date, ctx.today);
    const maxCarries = maxCarriesOption(values['max-carries']);
    const ports = cliPorts(ctx, { 'agenda.maxCarries': maxCarries }, { noGit: values['no-git'] });
    const prepared = settle(
      ctx,
      'agenda',
      await prepareAgenda({ slug: path.basename(dir), date, topics: { from: 'git' } }, ports),
    );
    const file = (rootRelative: string) =>
      shown(ctx, path.join(ctx.records.root, ...rootRelative.split('/')));
    if (format === 'json') {
      ctx.outLines(jsonForTerminal(agendaJson(prepared.agenda, prepared.rel.questionsFile, file)));
    } else {
      // Formatted again from an escaped copy: a value with a line break cannot start a line.
      // text names each carried item's home as its user sees the file (relative to --dir).
      const agenda =
        format === 'text'
          ? {
              ...prepared.agenda,
              carriedActions: prepared.agenda.carriedActions.map((a) => ({
                ...a,
                home: { ...a.home, file: file(a.home.file) },
              })),
            }
          : prepared.agenda;
      ctx.outLines(
        formatAgenda(
          escapeValuesForTerminal(agenda),
          escapeValuesForTerminal(prepared.rel.plan?.cadence),
          format === 'text' ? PLAIN : MARKDOWN,
        ),
      );
    }
    return 0;
  },
});
