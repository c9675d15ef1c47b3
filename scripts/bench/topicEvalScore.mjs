// The pure part of the topic evaluation (test/fixtures/topic-eval/README.md): judge the tool's
// topics against a contributor's labels. No I/O, so test/unit/topicEval.test.ts can pin the
// matching rules on hand-made cases.

/** How many of the tool's topics are judged. */
export const JUDGED = 10;

/** The label splits in the order the summary prints them (README "Held out"). */
export const SPLITS = ['tuning', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11'];

/**
 * The summary rows to print for `rows` (each with a `split`): every split present, known ones
 * first in SPLITS order, then any other name alphabetically (a split added to the labels before
 * the scorer learns it is still shown), then `all`. Empty when there are no rows.
 * @param {{ split: string }[]} rows
 * @returns {string[]}
 */
export function summarySplits(rows) {
  if (rows.length === 0) return [];
  const present = new Set(rows.map((r) => r.split));
  const others = [...present].filter((s) => !SPLITS.includes(s)).sort();
  return [...SPLITS.filter((s) => present.has(s)), ...others, 'all'];
}

/**
 * Whether two commit ids name the same commit: labels hold full ids, a tool may print short
 * ones, so a prefix of at least 7 hex digits is accepted.
 * @param {string} a
 * @param {string} b
 */
export function sameCommit(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.length === y.length) return x === y;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return shorter.length >= 7 && longer.startsWith(shorter);
}

/** How many of `commits` are in `set` (by sameCommit). */
function countIn(commits, set) {
  return commits.filter((c) => set.some((s) => sameCommit(c, s))).length;
}

/** A topic's evidence commits, distinct. */
function evidenceOf(topic) {
  const commits = topic?.evidence?.commits;
  return Array.isArray(commits) ? [...new Set(commits.filter((c) => typeof c === 'string'))] : [];
}

/** The text a forbidden claim is looked for in: the title and the question. */
function claimText(topic) {
  return [topic.title, topic.question].filter((s) => typeof s === 'string').join('\n');
}

/**
 * The forbidden claims of `label` that `topic` makes. `any`: the pattern alone; `overlap`: the
 * pattern and one evidence commit in the claim's commits; `within`: the pattern, and at least two
 * evidence commits, more than half of them, inside the claim's commits (rework between the
 * patches of one series, or over successive release commits).
 * @returns {string[]} the claims' ids
 */
export function forbiddenClaims(topic, label) {
  const text = claimText(topic);
  const evidence = evidenceOf(topic);
  const ids = [];
  for (const f of label.forbidden ?? []) {
    if (!new RegExp(f.pattern, 'i').test(text)) continue;
    const inside = countIn(evidence, f.commits ?? []);
    const applies =
      f.scope === 'any' ||
      (f.scope === 'overlap' && inside > 0) ||
      (f.scope === 'within' && inside >= 2 && inside * 2 > evidence.length);
    if (applies) ids.push(f.id);
  }
  return ids;
}

/**
 * The expected topic `topic` matches best, if any: its evidence overlaps the expected commits
 * (the contributor's and the related ones by others) by at least half of the evidence, or covers
 * at least half of the expected commits. The best is the one with the highest of those two
 * shares, so a broad topic is credited with one expected topic, not with every one it brushes.
 * Ties go to the higher of the other share (a topic whose evidence IS a label's commits is that
 * label, not a one-commit label it happens to contain), then to the first in the labels.
 * @returns {{ id: string, share: number, other: number } | undefined}
 */
export function bestMatch(topic, label) {
  const evidence = evidenceOf(topic);
  if (evidence.length === 0) return undefined;
  let best;
  for (const t of label.topics) {
    const expected = [...t.commits, ...(t.othersCommits ?? [])];
    const overlap = countIn(evidence, expected);
    if (overlap === 0) continue;
    const a = overlap / evidence.length;
    const b = overlap / expected.length;
    const share = Math.max(a, b);
    const other = Math.min(a, b);
    const better =
      best === undefined || share > best.share || (share === best.share && other > best.other);
    if (share >= 0.5 && better) best = { id: t.id, share, other };
  }
  return best;
}

/**
 * One topic's verdict: `wrong` when it makes a forbidden claim (whatever it matches), else `hit`
 * when it matches an expected topic, else `miss`.
 */
export function judgeTopic(topic, label) {
  const forbidden = forbiddenClaims(topic, label);
  const match = bestMatch(topic, label);
  const verdict = forbidden.length > 0 ? 'wrong' : match ? 'hit' : 'miss';
  return { verdict, expected: match?.id, forbidden };
}

/** Hits over the topics shown among the first k (0 when none is shown). */
function precisionAt(judged, k) {
  const shown = judged.slice(0, k);
  return shown.length === 0 ? 0 : shown.filter((j) => j.verdict === 'hit').length / shown.length;
}

/**
 * A contributor's scores from the tool's topics, in the tool's order: each of the first 10
 * judged, precision at 5 and at 10, recall (expected topics matched by a hit), the expected
 * topics missed, and the count of factually wrong topics. A topic that matches an expected topic
 * a higher one already hit is a `duplicate`, not a hit: a mentor raises one idea once, and a top
 * 10 that says the same thing three times (issue 16: "a top 10 holds about five ideas") is worth
 * less than one that says ten things.
 */
export function scoreContributor(label, topics) {
  const seen = new Set();
  const judged = topics.slice(0, JUDGED).map((topic, i) => {
    const j = judgeTopic(topic, label);
    if (j.verdict === 'hit' && seen.has(j.expected)) j.verdict = 'duplicate';
    if (j.verdict === 'hit') seen.add(j.expected);
    return { rank: i + 1, title: String(topic.title ?? ''), kind: String(topic.kind ?? ''), ...j };
  });
  const recalled = new Set(judged.filter((j) => j.verdict === 'hit').map((j) => j.expected));
  return {
    judged,
    precisionAt5: precisionAt(judged, 5),
    precisionAt10: precisionAt(judged, 10),
    recall: label.topics.length === 0 ? 1 : recalled.size / label.topics.length,
    recalled: label.topics.filter((t) => recalled.has(t.id)).map((t) => t.id),
    missed: label.topics.filter((t) => !recalled.has(t.id)).map((t) => t.id),
    wrong: judged.filter((j) => j.verdict === 'wrong').length,
  };
}

/**
 * The overall figures: each contributor counts alike (the means of their precision and recall),
 * and the wrong topics are summed.
 */
export function overallScores(scores) {
  const mean = (key) =>
    scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s[key], 0) / scores.length;
  return {
    contributors: scores.length,
    precisionAt5: mean('precisionAt5'),
    precisionAt10: mean('precisionAt10'),
    recall: mean('recall'),
    wrong: scores.reduce((sum, s) => sum + s.wrong, 0),
  };
}
