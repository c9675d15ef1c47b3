import * as fs from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../../core/dates';
import { formatProgressReport } from '../../core/reports/formatProgressReport';
import { formatTeamReport } from '../../core/reports/formatTeamReport';
import { DEFAULT_TEAM_MONTHS } from '../../core/reports/teamReport';
import { escapeValuesForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';
import { MARKDOWN, PLAIN } from '../../core/text/markup';
import type { Topic } from '../../core/topics/topic';
import { atomicWrite } from '../../store/atomicWrite';
import { insideRoot } from '../../store/safePath';
import { teamLabelHash } from '../../store/teamLabelHash';
import { shown, type CliContext } from '../cliContext';
import { DEFAULT_REPORT_DAYS, progressReportFor, teamReportFor } from '../../workflows/reports';
import { cliPorts } from '../cliPorts';
import { dateOption } from '../dateOption';
import { formatOption } from '../formatOption';
import { settle } from '../settle';
import { relationshipTopics } from '../mineTopics';
import { UsageError, type OptionTable, type OptionValues } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { defineVerb, type Verb } from '../verb';
import { t } from '../../core/l10n';

/** The most months a team report shows. */
const MAX_MONTHS = 60;

/**
 * What the progress report may use besides the records: the mentee's learning topics in the
 * period. They need git; the seam lets tests run without it.
 */
export interface ReportVerbDeps {
  topics?: (
    ctx: CliContext,
    slug: string,
    range: { since: string; until: string },
  ) => Promise<readonly Topic[]>;
}

/** Builds the `report` verb; `reportVerb` is it with topics from git where there is a repository. */
export function makeReportVerb(deps: ReportVerbDeps = {}): Verb {
  return defineVerb({
    name: 'report',
    summary: t('write a progress report for a relationship, or the team report (--team)'),
    usage:
      'report SLUG [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format md|text|json] [--out FILE | --save] [--force]\n' +
      '       mentoring-journal report --team [--anonymous] [--months N] [--format md|text|json] [--out FILE] [--force]',
    details: [
      t(
        'A progress report covers a period (default: the 90 days up to --until, which defaults to today):',
      ),
      t(
        'goals with their evidence (sessions that list them or tag action items with them, commits of',
      ),
      t(
        'their learning topics), sessions against the cadence and the gaps longer than it, action items',
      ),
      t(
        'done, open (with their age) and dropped, learning topics covered, questions discussed, and the',
      ),
      t(
        'first line of each reflection. Links are relative to <root>/<slug>/reports/. --save writes it to',
      ),
      t(
        '<root>/<slug>/reports/<until>-progress.md and prints the path; --out FILE writes it there (links',
      ),
      t('relative to FILE); neither replaces an existing file unless --force.'),
      t(
        '--team: every relationship from front matter and file metadata only (never note text): kind,',
      ),
      t(
        'mentor count, cadence, sessions per month for the last --months (default {0}), the share of',
        DEFAULT_TEAM_MONTHS,
      ),
      t(
        'cadence windows with a session, open action items (count, overdue, oldest and median age in',
      ),
      t(
        'days), the last session; then programme totals. Relationships are named by their folder (the',
      ),
      t(
        "mentee's name); --anonymous labels them R-<6 hex digits of a hash of the folder name> instead,",
      ),
      t('the same in every report, and leaves out mentor counts and dates (start, last session).'),
      t(
        'text (the default when printed on a terminal): the markdown without escapes or markup, links',
      ),
      t('shown as "text (FILE:LINE)" with files relative to --dir (or to --out FILE).'),
      t('json: the report model (see README); absent values are null; files relative to --dir.'),
    ],
    options: REPORT_OPTIONS,
    async run(ctx, args) {
      return args.values.team ? runTeam(ctx, args) : runProgress(ctx, args, deps);
    },
  });
}

const REPORT_OPTIONS = {
  since: {
    kind: 'string',
    placeholder: 'YYYY-MM-DD',
    description: t('the first day (default: 90 days up to --until)'),
  },
  until: {
    kind: 'string',
    placeholder: 'YYYY-MM-DD',
    description: t('the last day (default: today)'),
  },
  format: {
    kind: 'string',
    placeholder: 'md|text|json',
    description: t('the output (default: text on a terminal, else md)'),
  },
  out: { kind: 'string', placeholder: 'FILE', description: t('write the report to FILE') },
  save: { kind: 'flag', description: t('write it to <root>/<slug>/reports/<until>-progress.md') },
  force: { kind: 'flag', description: t('replace an existing report file') },
  team: { kind: 'flag', description: t('the team report over every relationship') },
  months: {
    kind: 'string',
    placeholder: 'N',
    description: t('with --team: months shown (default: {0})', DEFAULT_TEAM_MONTHS),
  },
  anonymous: { kind: 'flag', description: t('with --team: label relationships by a hash') },
} as const satisfies OptionTable;

/** The report verb's arguments, typed from its table. */
interface ReportArgs {
  values: OptionValues<typeof REPORT_OPTIONS>;
  positionals: string[];
}

/** `report`, with the mentee's learning topics read from git when the records are in a repository. */
export const reportVerb: Verb = makeReportVerb({
  // No repository, no identities, an unreadable history: the report is made without topics.
  topics: (ctx, slug, range) =>
    relationshipTopics(ctx, slug, range).then(
      (r) => r.topics,
      () => [],
    ),
});

async function runProgress(ctx: CliContext, args: ReportArgs, deps: ReportVerbDeps) {
  const { values: options, positionals } = args;
  const format = reportFormat(ctx, options);
  if (options.months !== undefined) throw new UsageError(t('--months goes with --team'));
  if (options.anonymous) throw new UsageError(t('--anonymous goes with --team'));
  if (positionals.length > 1) throw new UsageError(t('unexpected argument "{0}"', positionals[1]));
  if (options.save && options.out !== undefined)
    throw new UsageError(t('--save and --out are alternatives: give one'));
  if (options.save && format !== 'md')
    throw new UsageError(t('--save writes the markdown report; use --out FILE for {0}', format));
  const dir = relationshipDir(ctx, positionals[0]);
  const slug = path.basename(dir);
  const until = dateOption(options.until, ctx.today, '--until');
  const since = dateOption(options.since, addDays(until, -(DEFAULT_REPORT_DAYS - 1)), '--since');
  if (since > until) throw new UsageError(t('--since {0} is after --until {1}', since, until));
  const root = ctx.records.root;
  const target = options.save
    ? insideRoot(root, slug, 'reports', `${until}-progress.md`)
    : outFile(ctx, options.out);
  refuseExisting(ctx, target, options.force);
  const topics = deps.topics ? await deps.topics(ctx, slug, { since, until }) : [];
  const abs = (p: string) => path.join(root, ...p.split('/'));
  const link =
    format === 'json' || (format === 'text' && target === undefined)
      ? (p: string) => shown(ctx, abs(p))
      : target !== undefined && !options.save
        ? (p: string) => relativeLink(path.dirname(target), abs(p))
        : undefined;
  const report = settle(
    ctx,
    'report',
    await progressReportFor(
      { slug, since, until, topics: { from: 'given', topics }, link },
      cliPorts(ctx),
    ),
  );
  if (report.errors)
    ctx.err(
      t(
        '{0}: {1} {2} in the records (see validate)',
        slug,
        report.errors,
        report.errors === 1 ? 'problem' : 'problems',
      ),
    );
  const model = report.model;
  // Printed, every value is escaped before it is joined into lines (see escapeForTerminal).
  const text =
    format === 'json'
      ? jsonForTerminal(model) + '\n'
      : target === undefined
        ? formatProgressReport(escapeValuesForTerminal(model), format === 'text' ? PLAIN : MARKDOWN)
        : format === 'text'
          ? formatProgressReport(model, PLAIN)
          : report.markdown;
  emit(ctx, text, target, options.force);
  return 0;
}

async function runTeam(ctx: CliContext, args: ReportArgs) {
  const { values: options, positionals } = args;
  const format = reportFormat(ctx, options);
  if (positionals.length > 0)
    throw new UsageError(t('--team takes no SLUG (got "{0}")', positionals[0]));
  for (const name of ['since', 'until'] as const)
    if (options[name] !== undefined) throw new UsageError(t('--{0} does not go with --team', name));
  if (options.save) throw new UsageError(t('--save does not go with --team'));
  const months = monthsOption(options.months);
  if (!fs.existsSync(ctx.records.root))
    throw new UsageError(
      t('no records folder at {0} (run init, or pass --dir/--root)', shown(ctx, ctx.records.root)),
    );
  const target = outFile(ctx, options.out);
  refuseExisting(ctx, target, options.force);
  const team = settle(
    ctx,
    'report',
    await teamReportFor(
      { months, anonymousHash: options.anonymous ? teamLabelHash : undefined },
      { records: [cliPorts(ctx).records], clock: { today: () => ctx.today } },
    ),
  );
  const text =
    format === 'json'
      ? jsonForTerminal(team.model) + '\n'
      : target === undefined
        ? formatTeamReport(
            escapeValuesForTerminal(team.model),
            format === 'text' ? PLAIN : MARKDOWN,
          )
        : format === 'text'
          ? formatTeamReport(team.model, PLAIN)
          : team.markdown;
  emit(ctx, text, target, options.force);
  return 0;
}

/** --format: text by default only when the report is printed on a terminal, not written to a file. */
function reportFormat(ctx: CliContext, options: ReportArgs['values']): 'md' | 'text' | 'json' {
  const printed = !options.save && options.out === undefined;
  return formatOption(
    options.format,
    ['md', 'text', 'json'],
    ctx.isTerminal && printed ? 'text' : 'md',
  );
}

function monthsOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TEAM_MONTHS;
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > MAX_MONTHS)
    throw new UsageError(t('--months must be a whole number from 1 to {0}', MAX_MONTHS));
  return Number(value);
}

function outFile(ctx: CliContext, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(t('--out needs a file'));
  return path.resolve(ctx.dir, value);
}

function refuseExisting(ctx: CliContext, target: string | undefined, force: boolean): void {
  if (target !== undefined && !force && fs.existsSync(target))
    throw new UsageError(t('{0} already exists (--force replaces it)', shown(ctx, target)));
}

/** Prints the report, or writes it atomically and prints where. */
function emit(ctx: CliContext, text: string, target: string | undefined, force: boolean): void {
  if (target === undefined) {
    ctx.outLines(text.replace(/\n$/, ''));
    return;
  }
  // Exclusive unless forced: a report written meanwhile by someone else is not replaced.
  atomicWrite(target, Buffer.from(text, 'utf8'), { exclusive: !force });
  ctx.out(shown(ctx, target));
}

/** A markdown link from a folder to a file: relative, with "/" separators. */
function relativeLink(fromDir: string, file: string): string {
  return path.relative(fromDir, file).split(path.sep).join('/');
}
