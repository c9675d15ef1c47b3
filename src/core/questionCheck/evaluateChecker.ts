// Scores the question checker against a labelled set (test/fixtures/question-eval/*.tsv). Pure:
// the caller reads the files, so the unit tier and `npm run bench` share one definition of the
// figures.

/** The labels of the evaluation set. */
export type EvalLabel = 'open' | 'closed' | 'closed-factual' | 'leading';

/** One labelled question of the evaluation set. */
export interface EvalRow {
  source: string;
  label: EvalLabel;
  /** For leading rows, optionally which kind of leading (premise, negative, tag, advice...). */
  subkind: string;
  question: string;
}

/** What the checker said about a question, reduced to what the figures need. */
export type EvalVerdict = EvalLabel;

/** The figures for one split. */
export interface EvalScore {
  rows: number;
  /** Of the questions flagged closed or leading, the share labelled closed, closed-factual or leading. */
  precision: number;
  /** Of the questions labelled closed or leading, the share flagged closed or leading. */
  recall: number;
  /** Of the questions labelled leading, the share flagged leading; NaN when there are none. */
  leadingAsLeading: number;
  leadingRows: number;
  /** Of the questions labelled closed-factual, the share the checker marked closed-factual (a hint). */
  factualHinted: number;
  /** Disagreements, for messages: "label read as verdict: question". */
  misses: string[];
}

const LABELS: ReadonlySet<string> = new Set(['open', 'closed', 'closed-factual', 'leading']);

/**
 * Parses an evaluation file: "#" lines are notes; every other non-empty line is
 * source<TAB>label<TAB>subkind<TAB>question. Throws on a malformed line, so a typo in a label
 * cannot silently turn a row into an open one.
 */
export function parseEvalSet(text: string): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [source, label, subkind, question, ...rest] = line.split('\t');
    if (question === undefined || rest.length > 0 || !LABELS.has(label))
      throw new Error(`bad evaluation row: ${line}`);
    rows.push({ source, label: label as EvalLabel, subkind, question });
  }
  return rows;
}

/**
 * Scores `verdict` (the checker's reading of a question) over rows. closed and leading count as
 * flagged; closed-factual is a hint and counts neither way for recall, but a closed-factual row
 * flagged closed is a correct flag for precision (the question does have one short answer).
 */
export function scoreChecker(
  rows: readonly EvalRow[],
  verdict: (question: string) => EvalVerdict,
): EvalScore {
  let flagged = 0;
  let rightFlags = 0;
  let positives = 0;
  let found = 0;
  let leading = 0;
  let leadingFound = 0;
  let factual = 0;
  let factualHinted = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const v = verdict(r.question);
    const isFlag = v === 'closed' || v === 'leading';
    const isPositive = r.label === 'closed' || r.label === 'leading';
    if (isFlag) {
      flagged++;
      if (r.label !== 'open') rightFlags++;
    }
    if (isPositive) {
      positives++;
      if (isFlag) found++;
    }
    if (r.label === 'leading') {
      leading++;
      if (v === 'leading') leadingFound++;
    }
    if (r.label === 'closed-factual') {
      factual++;
      if (v === 'closed-factual') factualHinted++;
    }
    const agrees =
      v === r.label ||
      (r.label === 'closed-factual' && v !== 'leading') ||
      (isFlag && isPositive && r.label !== 'leading');
    if (!agrees) misses.push(`${r.label} read as ${v}: ${r.question}`);
  }
  return {
    rows: rows.length,
    precision: flagged === 0 ? 1 : rightFlags / flagged,
    recall: positives === 0 ? 1 : found / positives,
    leadingAsLeading: leading === 0 ? NaN : leadingFound / leading,
    leadingRows: leading,
    factualHinted: factual === 0 ? NaN : factualHinted / factual,
    misses,
  };
}
