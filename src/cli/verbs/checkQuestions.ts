import * as path from 'node:path';
import {
  checkQuestionLines,
  questionFileKind,
  type QuestionProblem,
} from '../../core/questionCheck/checkQuestionLines';
import { BUILTIN_QUESTIONS } from '../../core/questionBank/builtinQuestions';
import { findQuestionLines } from '../../core/questionCheck/findQuestionLines';
import { readGitIdentity } from '../../git/readRepoFacts';
import { readRecordFile } from '../../store/recordFiles';
import { coachedLines, type CoachScope, type IdentityReader } from '../coachedQuestions';
import { shown } from '../cliContext';
import { formatOption } from '../formatOption';
import { UsageError } from '../parseArgs';
import { defineVerb } from '../verb';
import { jsonForTerminal } from '../../core/text/escapeForTerminal';
import { t } from '../../core/l10n';

/** `check-questions`: closed and leading questions in files, for people, hooks and CI. */
export const checkQuestionsVerb = defineVerb({
  name: 'check-questions',
  summary: t('find closed and leading questions and suggest open ones'),
  usage: 'check-questions FILE... [--as mentor|mentee | --all] [--format text|json]',
  details: [
    t('A file named questions.md is checked item by item; a file in a sessions/ folder in its'),
    t('Agenda and Next time sections; any other markdown file line by line (lines ending in "?").'),
    t(
      'It coaches the questions a mentor asks, never a mentee\'s: in questions.md a question "by @handle"',
    ),
    t(
      "of one of the plan's mentors; a question without an author there, and the questions of a session",
    ),
    t(
      'log, only when you are a mentor of the relationship (--as, else your git user.name/user.email',
    ),
    t(
      "against the plan; without git: mentee). A mentee's queued question is never reported. --all checks",
    ),
    t('every question. Other markdown files are always checked.'),
    t(
      'FILE paths are relative to --dir. Exit 1 when a closed or leading question is found, 0 when',
    ),
    t('none (factual questions are hints only), 2 when a file cannot be read.'),
    t(
      'json: [{"file", "line", "question", "kind": "closed" | "leading" | "closed-factual", "why",',
    ),
    t('"suggestions": [...], "offers": [{"text", "from": "rewrite" | "bank"}], "noSuggestion"?}],'),
    t('lines 1-based, files relative to --dir.'),
  ],
  options: {
    format: {
      kind: 'string',
      placeholder: 'text|json',
      description: t('the output (default: text)'),
    },
    as: {
      kind: 'string',
      placeholder: 'mentor|mentee',
      description: t('who reads: a mentor also has unauthored and agenda questions checked'),
    },
    all: { kind: 'flag', description: t("check every question, a mentee's included") },
  },
  async run(ctx, { values, positionals }) {
    const format = formatOption(values.format, ['text', 'json']);
    if (positionals.length === 0)
      throw new UsageError(t('missing FILE (a markdown file to check)'));
    const scope = coachScope(values.as, values.all);
    // Every file is read before anything is printed, so a bad path fails cleanly with code 2.
    const texts = positionals.map((arg) => {
      const file = path.resolve(ctx.dir, arg);
      const name = shown(ctx, file);
      // The user named this file, so its own folder is the root it must stay in; private notes
      // may be checked, as nothing is copied anywhere.
      const read = readRecordFile(path.dirname(file), file, name, { allowPrivate: true });
      if (!read.ok) throw new UsageError(t('cannot check {0}: {1}', name, read.problem.message));
      return { file, name, text: read.value.text };
    });
    const found: (QuestionProblem & { file: string })[] = [];
    let checked = 0;
    let known: ReturnType<IdentityReader> | undefined;
    const identity: IdentityReader = () => (known ??= readGitIdentity(ctx.dir));
    for (const t of texts) {
      const kind = questionFileKind(t.file);
      const coached = await coachedLines(t.file, t.text, kind, scope, identity);
      checked += findQuestionLines(kind, t.text).filter((q) => coached(q.line)).length;
      for (const q of checkQuestionLines(kind, t.text, { bank: BUILTIN_QUESTIONS }))
        if (coached(q.line)) found.push({ ...q, file: t.name });
    }
    if (format === 'json') {
      ctx.outLines(
        jsonForTerminal(
          found.map((q) => ({
            file: q.file,
            line: q.line,
            question: q.question,
            kind: q.kind,
            why: q.why,
            suggestions: q.suggestions,
            offers: q.offers,
            ...(q.noSuggestion ? { noSuggestion: q.noSuggestion } : {}),
          })),
        ),
      );
    } else {
      for (const q of found) {
        // The kind stays the word json and the docs use; the rest is in the user's language.
        ctx.out(
          q.kind === 'closed-factual'
            ? t('{0}:{1}: {2} question (hint): {3}', q.file, q.line, q.kind, q.question)
            : t('{0}:{1}: {2} question: {3}', q.file, q.line, q.kind, q.question),
        );
        ctx.out(t('  why: {0}', q.why));
        for (const o of q.offers)
          ctx.out(o.from === 'bank' ? t('  try (bank): {0}', o.text) : t('  try: {0}', o.text));
        if (q.noSuggestion && q.kind !== 'closed-factual') ctx.out(`  ${q.noSuggestion}`);
      }
      const count = (k: string) => found.filter((q) => q.kind === k).length;
      const factual = count('closed-factual');
      ctx.out(summaryLine(checked, texts.length, count('closed'), count('leading'), factual));
    }
    return found.some((q) => q.kind !== 'closed-factual') ? 1 : 0;
  },
});

/** --as and --all: whose questions are checked. */
function coachScope(as: string | undefined, all: boolean): CoachScope {
  if (all) {
    if (as !== undefined) throw new UsageError(t('--all checks every question; it takes no --as'));
    return { all: true };
  }
  if (as === undefined) return { all: false };
  if (as !== 'mentor' && as !== 'mentee') throw new UsageError(t('--as must be mentor or mentee'));
  return { all: false, as };
}

/** "3 questions checked in 2 files: 1 closed, 1 leading": whole messages, so plurals translate. */
function summaryLine(
  checked: number,
  files: number,
  closed: number,
  leading: number,
  factual: number,
): string {
  const questions = checked === 1 ? t('1 question') : t('{0} questions', checked);
  const inFiles = files === 1 ? t('1 file') : t('{0} files', files);
  return factual > 0
    ? t(
        '{0} checked in {1}: {2} closed, {3} leading, {4} factual (hints)',
        questions,
        inFiles,
        closed,
        leading,
        factual,
      )
    : t('{0} checked in {1}: {2} closed, {3} leading', questions, inFiles, closed, leading);
}
