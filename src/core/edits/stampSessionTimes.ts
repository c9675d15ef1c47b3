import { readRecordDocument, type RecordDocument } from '../records/recordDocument';
import { t } from '../l10n';
import { locateFrontMatter } from '../text/frontMatter';
import { splitLines } from '../text/lines';
import { applyEdits } from '../text/textEdit';
import { refuse, refuseUnparsable, type EditResult } from './editResult';
import { lineDiffEdits } from './lineDiffEdits';
import { setFrontMatterKey, type FrontMatterValue } from './setFrontMatterKey';

/** What End Session writes into a log: clock times of day and whole minutes (RECORDS.md). */
export interface SessionStamp {
  /** "14:00", local time of day when the timer started. */
  started: string;
  /** "14:45", local time of day when it stopped. */
  ended: string;
  /** Whole minutes between the two moments (not between the clock times: a session may cross midnight). */
  minutes: number;
}

/** The local time of day of a moment as the records write it: "09:05". Time is passed in. */
export function toClockTime(moment: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(moment.getHours())}:${p(moment.getMinutes())}`;
}

/**
 * The stamp for a session timed from `start` to `end`: rounded to the nearest minute, never
 * negative (a clock set back during a session must not write a negative duration).
 */
export function sessionStamp(start: Date, end: Date): SessionStamp {
  const minutes = Math.max(0, Math.round((end.getTime() - start.getTime()) / 60_000));
  return { started: toClockTime(start), ended: toClockTime(end), minutes };
}

/**
 * Stamps `started`, `ended`, `duration` and `status: held` in a session log's front matter, as
 * one set of edits so that the editor undoes them in one step. Each key is set as
 * setFrontMatterKey would (its value's bytes only, or one new line before the closing fence);
 * the combined change touches only the front-matter lines that differ. Times come out quoted
 * ("14:45", yamlScalar quotes a colon): YAML 1.1 readers take a bare 14:45 for a number.
 */
export function stampSessionTimes(doc: RecordDocument, stamp: SessionStamp): EditResult {
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  if (!doc.frontMatter) return refuse(t('{0} has no front matter to stamp.', doc.file));
  const values: [string, FrontMatterValue][] = [
    ['started', stamp.started],
    ['ended', stamp.ended],
    ['duration', stamp.minutes],
    ['status', 'held'],
  ];
  let current = doc;
  for (const [key, value] of values) {
    const step = setFrontMatterKey(current, key, value);
    if (!step.ok) return step;
    current = readRecordDocument(doc.file, applyEdits(current.text, step.edits), {
      frontMatter: 'required',
    });
    if (current.fatal)
      return refuse(t('Could not stamp "{0}" in {1}; edit it by hand.', key, doc.file));
  }
  const block = doc.frontMatter.block;
  const after = splitLines(current.text);
  const afterBlock = locateFrontMatter(after);
  if (!afterBlock || afterBlock === 'unclosed') return refuse(t('Could not stamp {0}.', doc.file));
  // Only front-matter lines change, so the body's bytes (and a cursor in it) stay put.
  const wanted = after.slice(afterBlock.openLine, afterBlock.closeLine - 1).map((l) => l.text);
  return { ok: true, edits: lineDiffEdits(doc, block.openLine, block.closeLine - 1, wanted) };
}

/** Convenience: reads a session log's text, then stamps it. */
export function stampSessionTimesInText(
  file: string,
  text: string,
  stamp: SessionStamp,
): EditResult {
  return stampSessionTimes(readRecordDocument(file, text, { frontMatter: 'required' }), stamp);
}
