import type { CadenceKept, OpenActionStats, TeamReport, TeamTotals } from './teamReport';

/**
 * One relationship of an anonymous team report: what a programme needs to see which relationship
 * is lapsing, and nothing that names or dates a person. Left out of TeamRelationship: the slug
 * (a name), the mentor count (a group with three mentors is someone), the start and review
 * dates and the last session's date (ages stay: days since the last session, item ages).
 */
export interface AnonymousTeamRelationship {
  /** `R-` and the first hex digits of a hash of the slug: the same in every report. */
  label: string;
  plan: boolean;
  kind: string | null;
  cadence: string | null;
  sessionsPerMonth: number[];
  cadenceKept: CadenceKept;
  openActions: OpenActionStats;
  daysSinceLast: number | null;
  overdue: boolean;
  filesWithErrors: number;
}

/** The team report for sharing beyond the programme: labels instead of names. */
export interface AnonymousTeamReport {
  anonymous: true;
  today: string;
  months: string[];
  /** Ordered by label, so the order says nothing about the names. */
  relationships: AnonymousTeamRelationship[];
  totals: TeamTotals;
}

/** Hex digits a label starts with; more only when two slugs of one report would share a label. */
const LABEL_DIGITS = 6;

/**
 * The team report with every relationship known only by a stable label. `hashHex` is a hash of
 * the slug as lower-case hex (the adapters pass SHA-256; core stays free of node:crypto). The
 * label is the same for the same slug in every report, so two reports can be compared; it is not
 * a secret: someone who can guess a slug can compute its label.
 */
export function anonymousTeamReport(
  report: TeamReport,
  hashHex: (slug: string) => string,
): AnonymousTeamReport {
  const hashes = report.relationships.map((r) => hashHex(r.slug));
  let digits = LABEL_DIGITS;
  while (digits < 64 && new Set(hashes.map((h) => h.slice(0, digits))).size < hashes.length)
    digits += 2;
  const relationships = report.relationships
    .map((r, i) => ({
      label: `R-${hashes[i].slice(0, digits)}`,
      plan: r.plan,
      kind: r.kind,
      cadence: r.cadence,
      sessionsPerMonth: r.sessionsPerMonth,
      cadenceKept: r.cadenceKept,
      openActions: r.openActions,
      daysSinceLast: r.daysSinceLast,
      overdue: r.overdue,
      filesWithErrors: r.filesWithErrors,
    }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return {
    anonymous: true,
    today: report.today,
    months: report.months,
    relationships,
    totals: report.totals,
  };
}
