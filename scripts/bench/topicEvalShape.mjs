// The shape of a topic evaluation label file (test/fixtures/topic-eval/README.md, "File format"),
// shared by the repository check (scripts/checkTopicEval.mjs) and the unit test over the label
// files, so a label the scorer would misread is caught before anyone runs the tool on it.
import { SPLITS } from './topicEvalScore.mjs';

const SHA = /^[0-9a-f]{40}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// A folder name under the repositories root, never a path that leaves it.
const FOLDER = /^(?!\.\.?$)[A-Za-z0-9._-]+$/;
const SCOPES = ['any', 'overlap', 'within'];

/** Whether `v` is a non-blank string. */
const text = (v) => typeof v === 'string' && v.trim() !== '';

/** Whether `v` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
const day = (v) =>
  DAY.test(String(v)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/**
 * The problems with one parsed label file, as sentences; empty when the scorer can read it.
 * A commit may sit in two expected topics (a "learns from" topic spans stories by design).
 * @param {unknown} label
 * @returns {string[]}
 */
export function labelProblems(label) {
  if (label === null || typeof label !== 'object' || Array.isArray(label)) {
    return ['not a JSON object'];
  }
  const p = [];
  if (!SPLITS.includes(label.split)) {
    p.push(`split ${JSON.stringify(label.split)} is not one of ${SPLITS.join(', ')}`);
  }
  if (!FOLDER.test(String(label.repo))) p.push('repo must be a folder name');
  for (const k of ['ecosystem', 'profile']) if (!text(label[k])) p.push(`${k} is missing`);
  if (!Array.isArray(label.authors) || label.authors.length === 0 || !label.authors.every(text)) {
    p.push('authors must be a non-empty list of addresses');
  }
  for (const k of ['since', 'until']) if (!day(label[k])) p.push(`${k} is not a day (YYYY-MM-DD)`);
  if (day(label.since) && day(label.until) && label.since > label.until) {
    p.push('since is after until');
  }
  if (typeof label.newcomer !== 'boolean') p.push('newcomer must be true or false');
  if (!SHA.test(String(label.head))) p.push('head is not a full commit id');
  p.push(...topicProblems(label.topics), ...forbiddenProblems(label.forbidden));
  return p;
}

/** The problems with a label's expected topics. */
function topicProblems(topics) {
  if (!Array.isArray(topics) || topics.length === 0) return ['topics must be a non-empty list'];
  const p = [];
  const ids = new Set();
  for (const t of topics) {
    const id = text(t?.id) ? t.id : '(a topic without id)';
    if (!text(t?.id)) p.push('a topic has no id');
    else if (ids.has(t.id)) p.push(`topic id ${t.id} is used twice`);
    ids.add(id);
    if (!text(t?.title)) p.push(`${id}: title is missing`);
    if (!Array.isArray(t?.kind) || t.kind.length === 0 || !t.kind.every(text)) {
      p.push(`${id}: kind must be a non-empty list`);
    }
    p.push(...commitProblems(t?.commits, `${id} commits`, true));
    if (t?.othersCommits !== undefined) {
      p.push(...commitProblems(t.othersCommits, `${id} othersCommits`, false));
    }
  }
  return p;
}

/** The problems with a label's forbidden claims. */
function forbiddenProblems(forbidden) {
  if (!Array.isArray(forbidden)) return ['forbidden must be a list (empty when none)'];
  const p = [];
  const ids = new Set();
  for (const f of forbidden) {
    const id = text(f?.id) ? f.id : '(a claim without id)';
    if (!text(f?.id)) p.push('a forbidden claim has no id');
    else if (ids.has(f.id)) p.push(`forbidden id ${f.id} is used twice`);
    ids.add(id);
    for (const k of ['claim', 'why']) if (!text(f?.[k])) p.push(`${id}: ${k} is missing`);
    if (!text(f?.pattern)) p.push(`${id}: pattern is missing`);
    else {
      try {
        new RegExp(f.pattern, 'i');
      } catch {
        p.push(`${id}: pattern is not a regular expression`);
      }
    }
    if (!SCOPES.includes(f?.scope)) {
      p.push(`${id}: scope ${JSON.stringify(f?.scope)} is not one of ${SCOPES.join(', ')}`);
    } else if (f.scope !== 'any') {
      p.push(...commitProblems(f.commits, `${id} commits`, true));
    }
  }
  return p;
}

/** The problems with a list of full commit ids (`required`: it may not be empty). */
function commitProblems(list, where, required) {
  if (!Array.isArray(list)) return [`${where} must be a list`];
  if (required && list.length === 0) return [`${where} must not be empty`];
  return list
    .filter((sha) => !SHA.test(String(sha)))
    .map((sha) => `${where}: ${JSON.stringify(sha)} is not a full commit id`);
}
