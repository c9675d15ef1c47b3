import {
  anonymousTeamReport,
  type AnonymousTeamReport,
} from '../core/reports/anonymousTeamReport';
import { addDays, dateProblem } from '../core/dates';
import { formatProgressReport } from '../core/reports/formatProgressReport';
import { formatTeamReport } from '../core/reports/formatTeamReport';
import { progressReport, type ProgressReport } from '../core/reports/progressReport';
import { DEFAULT_TEAM_MONTHS, teamReport, type TeamReport } from '../core/reports/teamReport';
import type { Topic } from '../core/topics/topic';
import { done, failed, type Outcome } from './outcome';
import type { Clock, GitPort, Progress, RecordsPort } from './ports';
import { surfaceTopics } from './surfaceTopics';
import { t } from '../core/l10n';

/** The default period of a progress report: this many days, ending with `until` (inclusive). */
export const DEFAULT_REPORT_DAYS = 90;

/** A progress report for one relationship over a period. */
export interface ProgressReportRequest {
  slug: string;
  /** YYYY-MM-DD; the DEFAULT_REPORT_DAYS days up to `until` when absent. */
  since?: string;
  /** YYYY-MM-DD; today when absent. */
  until?: string;
  /**
   * The learning topics of the period: given (kept from earlier), read from git for the period,
   * or none. A report never fails for lack of topics.
   */
  topics:
    | { from: 'given'; topics: readonly Topic[] }
    /** Read for the period; `kept` (surfaced earlier) stand in where git may not run or fails. */
    | { from: 'git'; kept?: readonly Topic[] }
    | { from: 'none' };
  /** How the report links a records file (root-relative in, link out); the model's paths when absent. */
  link?: (rootRelative: string) => string;
}

/** A progress report: its model, its markdown, and where `save` puts it. */
export interface ProgressReportResult {
  model: ProgressReport;
  markdown: string;
  since: string;
  until: string;
  /** `<slug>/reports/<until>-progress.md`, relative to the records root. */
  saveAs: string;
  /** How many errors the records have (the report may miss what they hold). */
  errors: number;
}

/** The ports the reports use. */
export interface ReportPorts {
  records: RecordsPort;
  git: GitPort;
  clock: Clock;
  progress: Progress;
}

/**
 * Builds a progress report: goals and their evidence, sessions against the cadence, actions done,
 * open and dropped, topics covered and reflection headlines, from the records and session texts.
 */
export async function progressReportFor(
  request: ProgressReportRequest,
  ports: ReportPorts,
): Promise<Outcome<ProgressReportResult>> {
  const today = ports.clock.today();
  const until = request.until ?? today;
  const since = request.since ?? addDays(until, -(DEFAULT_REPORT_DAYS - 1));
  for (const d of [since, until]) {
    const why = dateProblem(d);
    if (why) return failed('refused', t('Report period: {0}.', why));
  }
  if (since > until)
    return failed('refused', t('The period starts ({0}) after it ends ({1}).', since, until));
  const rel = await ports.records.readRelationship(request.slug);
  const texts = new Map<string, string>();
  for (const s of rel.sessions) {
    const text = await ports.records.readText(s.file);
    if (text !== undefined) texts.set(s.file, text);
  }
  let topics: readonly Topic[] = [];
  if (request.topics.from === 'given') topics = request.topics.topics;
  else if (request.topics.from === 'git') {
    topics = request.topics.kept ?? [];
    if (!ports.git.unavailable()) {
      const surfaced = await surfaceTopics({ slug: request.slug, range: { since, until } }, ports);
      if (surfaced.ok) topics = surfaced.value.topics;
    }
  }
  const model = progressReport(rel, {
    since,
    until,
    today,
    topics,
    file: request.link,
    text: (p) => texts.get(p),
  });
  return done({
    model,
    markdown: formatProgressReport(model),
    since,
    until,
    saveAs: `${request.slug}/reports/${until}-progress.md`,
    errors: rel.problems.filter((p) => p.severity === 'error').length,
  });
}

/**
 * Builds the team report from every relationship under the given records roots, from front matter
 * and file metadata only, never note text.
 */
export async function teamReportFor(
  request: {
    months?: number;
    /**
     * Anonymous: relationships get stable labels from this hash of their folder name (the
     * adapter brings it: core and workflows do no hashing of their own), and no name or date of a
     * person appears.
     */
    anonymousHash?: (slug: string) => string;
  },
  ports: { records: readonly RecordsPort[]; clock: Clock },
): Promise<Outcome<{ model: TeamReport | AnonymousTeamReport; markdown: string }>> {
  const rels = [];
  for (const records of ports.records)
    for (const slug of await records.listRelationships())
      rels.push(await records.readRelationship(slug));
  const named = teamReport(rels, {
    today: ports.clock.today(),
    months: request.months ?? DEFAULT_TEAM_MONTHS,
  });
  const model = request.anonymousHash ? anonymousTeamReport(named, request.anonymousHash) : named;
  return done({ model, markdown: formatTeamReport(model) });
}
