import * as path from 'node:path';
import { setUp } from '../../workflows/setUp';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import { settle } from '../settle';
import { defineVerb } from '../verb';
import { t } from '../../core/l10n';

/** `init`: starts a relationship's records. */
export const initVerb = defineVerb({
  name: 'init',
  summary: t('set up the records of a new mentoring relationship'),
  usage:
    'init --mentee NAME --mentor NAME [--mentor NAME]... [--identity EMAIL]... [--cadence C] [--kind K] [--started YYYY-MM-DD]',
  details: [
    t(
      'Creates <root>/<slug>/plan.md, questions.md and sessions/, and <root>/.gitignore (private notes stay',
    ),
    t(
      "out of git). The slug comes from the mentee's name. Prints the plan's path. Never touches an",
    ),
    t('existing relationship.'),
    t(
      'Cadence: weekly, biweekly (default), monthly or "every N days". Kind: one-to-one (default), peer,',
    ),
    t('reverse or group.'),
  ],
  options: {
    mentee: {
      kind: 'string',
      placeholder: 'NAME',
      description: t("the mentee's name (the slug comes from it)"),
    },
    mentor: { kind: 'list', placeholder: 'NAME', description: t('a mentor; at least one') },
    identity: {
      kind: 'list',
      placeholder: 'EMAIL',
      description: t("a git email or name of the mentee's commits (for learning topics)"),
    },
    cadence: {
      kind: 'string',
      placeholder: 'C',
      description: t('weekly, biweekly (default), monthly or "every N days"'),
    },
    kind: {
      kind: 'string',
      placeholder: 'K',
      description: t('one-to-one (default), peer, reverse or group'),
    },
    started: {
      kind: 'string',
      placeholder: 'YYYY-MM-DD',
      description: t('the start date (default: today)'),
    },
  },
  async run(ctx, { values, positionals }) {
    if (positionals.length) throw new UsageError(t('unexpected argument "{0}"', positionals[0]));
    const mentee = values.mentee;
    const mentors = values.mentor;
    if (!mentee) throw new UsageError(t('--mentee NAME is required'));
    if (mentors.length === 0) throw new UsageError(t('at least one --mentor NAME is required'));
    const created = settle(
      ctx,
      'init',
      await setUp(
        {
          mentee,
          mentors,
          identities: values.identity.length > 0 ? values.identity : undefined,
          cadence: values.cadence,
          kind: values.kind,
          started: values.started,
        },
        cliPorts(ctx),
      ),
    );
    const plan = path.join(ctx.records.root, ...created.plan.split('/'));
    ctx.out(shown(ctx, plan));
    return 0;
  },
});
