import * as path from 'node:path';
import {
  checkQuestionLines,
  questionFileKind,
  type QuestionProblem,
} from '../../core/questionCheck/checkQuestionLines';
import { findQuestionLines } from '../../core/questionCheck/findQuestionLines';
import { readRecordFile } from '../../store/recordFiles';
import { shown } from '../cliContext';
import { formatOption } from '../formatOption';
import { UsageError } from '../parseArgs';
import type { Verb } from '../verb';
import { jsonForTerminal } from '../../core/text/escapeForTerminal';

/** `check-questions`: closed and leading questions in files, for people, hooks and CI. */
export const checkQuestionsVerb: Verb = {
  name: 'check-questions',
  summary: 'find closed and leading questions and suggest open ones',
  usage: 'check-questions FILE... [--format text|json]',
  details: [
    'A file named questions.md is checked item by item; a file in a sessions/ folder in its',
    'Agenda and Next time sections; any other markdown file line by line (lines ending in "?").',
    'FILE paths are relative to --dir. Exit 1 when a closed or leading question is found, 0 when',
    'none, 2 when a file cannot be read.',
    'json: [{"file", "line", "question", "kind": "closed" | "leading", "suggestions": [...]}],',
    'lines 1-based, files relative to --dir.',
  ],
  options: { format: { kind: 'string' } },
  async run(ctx, { options, positionals }) {
    const format = formatOption(options.format, ['text', 'json']);
    if (positionals.length === 0) throw new UsageError('missing FILE (a markdown file to check)');
    // Every file is read before anything is printed, so a bad path fails cleanly with code 2.
    const texts = positionals.map((arg) => {
      const file = path.resolve(ctx.dir, arg);
      const name = shown(ctx, file);
      // The user named this file, so its own folder is the root it must stay in; private notes
      // may be checked, as nothing is copied anywhere.
      const read = readRecordFile(path.dirname(file), file, name, { allowPrivate: true });
      if (!read.ok) throw new UsageError(`cannot check ${name}: ${read.problem.message}`);
      return { file, name, text: read.value.text };
    });
    const found: (QuestionProblem & { file: string })[] = [];
    let checked = 0;
    for (const t of texts) {
      const kind = questionFileKind(t.file);
      checked += findQuestionLines(kind, t.text).length;
      for (const q of checkQuestionLines(kind, t.text)) found.push({ ...q, file: t.name });
    }
    if (format === 'json') {
      ctx.outLines(
        jsonForTerminal(
          found.map((q) => ({
            file: q.file,
            line: q.line,
            question: q.question,
            kind: q.kind,
            suggestions: q.suggestions,
          })),
        ),
      );
    } else {
      for (const q of found) {
        ctx.out(`${q.file}:${q.line}: ${q.kind} question: ${q.question}`);
        for (const s of q.suggestions) ctx.out(`  try: ${s}`);
      }
      const count = (k: string) => found.filter((q) => q.kind === k).length;
      ctx.out(
        `${checked} ${checked === 1 ? 'question' : 'questions'} checked in ${texts.length} ${texts.length === 1 ? 'file' : 'files'}: ${count('closed')} closed, ${count('leading')} leading`,
      );
    }
    return found.length > 0 ? 1 : 0;
  },
};
