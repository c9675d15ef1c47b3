import * as path from 'node:path';
import { queueQuestion } from '../../workflows/queueQuestion';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { settle } from '../settle';
import { defineVerb } from '../verb';
import { t } from '../../core/l10n';

/** `question`: queues a question for the next session. */
export const questionVerb = defineVerb({
  name: 'question',
  summary: t('queue a question for the next session'),
  usage: 'question SLUG TEXT [--by NAME]',
  details: [
    t('Appends "- [ ] TEXT (added <today> by @NAME)" to <root>/<slug>/questions.md and prints its path.'),
    t('Quote TEXT; put -- before it if it starts with "-".'),
  ],
  options: {
    by: { kind: 'string', placeholder: 'NAME', description: t('who asks: one word, such as alex') },
  },
  async run(ctx, { values, positionals }) {
    const dir = relationshipDir(ctx, positionals[0]);
    const text = positionals.slice(1).join(' ').trim();
    if (!text) throw new UsageError(t('missing TEXT (the question)'));
    const queued = settle(
      ctx,
      'question',
      await queueQuestion(
        { slug: path.basename(dir), text, by: values.by },
        cliPorts(ctx),
      ),
    );
    ctx.out(shown(ctx, path.join(ctx.records.root, ...queued.file.split('/'))));
    return 0;
  },
});
