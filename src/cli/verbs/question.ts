import * as fs from 'node:fs';
import { appendQuestion } from '../../core/edits/appendQuestion';
import { QUESTIONS_TEMPLATE } from '../../core/templates/builtinTemplates';
import { atomicWrite } from '../../store/atomicWrite';
import { editRecordFile } from '../../store/recordFiles';
import { insideRoot } from '../../store/safePath';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { defineVerb } from '../verb';

/** `question`: queues a question for the next session. */
export const questionVerb = defineVerb({
  name: 'question',
  summary: 'queue a question for the next session',
  usage: 'question SLUG TEXT [--by NAME]',
  details: [
    'Appends "- [ ] TEXT (added <today> by @NAME)" to <root>/<slug>/questions.md and prints its path.',
    'Quote TEXT; put -- before it if it starts with "-".',
  ],
  options: {
    by: { kind: 'string', placeholder: 'NAME', description: 'who asks: one word, such as alex' },
  },
  async run(ctx, { values, positionals }) {
    const dir = relationshipDir(ctx, positionals[0]);
    const text = positionals.slice(1).join(' ').trim();
    if (!text) throw new UsageError('missing TEXT (the question)');
    // questions.md may be a link planted in the repository; never follow one out of the root.
    const file = insideRoot(dir, 'questions.md');
    if (!fs.existsSync(file)) {
      try {
        atomicWrite(file, new TextEncoder().encode(QUESTIONS_TEMPLATE), { exclusive: true });
      } catch (e) {
        // Another process created it first: append to theirs.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    const outcome = editRecordFile(ctx.records.root, file, shown(ctx, file), (current) =>
      appendQuestion(shown(ctx, file), current, {
        text,
        added: ctx.today,
        by: values.by,
      }),
    );
    if (!outcome.ok) throw new UsageError(outcome.message);
    ctx.out(shown(ctx, file));
    return 0;
  },
});
