import * as path from 'node:path';
import { setUp } from '../../workflows/setUp';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import { settle } from '../settle';
import type { Verb } from '../verb';

/** `init`: starts a relationship's records. */
export const initVerb: Verb = {
  name: 'init',
  summary: 'set up the records of a new mentoring relationship',
  usage:
    'init --mentee NAME --mentor NAME [--mentor NAME]... [--identity EMAIL]... [--cadence C] [--kind K] [--started YYYY-MM-DD]',
  details: [
    'Creates <root>/<slug>/plan.md, questions.md and sessions/, and <root>/.gitignore (private notes stay',
    "out of git). The slug comes from the mentee's name. Prints the plan's path. Never touches an",
    'existing relationship.',
    'Cadence: weekly, biweekly (default), monthly or "every N days". Kind: one-to-one (default), peer,',
    'reverse or group.',
  ],
  options: {
    mentee: { kind: 'string' },
    mentor: { kind: 'list' },
    identity: { kind: 'list' },
    cadence: { kind: 'string' },
    kind: { kind: 'string' },
    started: { kind: 'string' },
  },
  async run(ctx, { options, positionals }) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const mentee = options.mentee as string | undefined;
    const mentors = (options.mentor as string[] | undefined) ?? [];
    if (!mentee) throw new UsageError('--mentee NAME is required');
    if (mentors.length === 0) throw new UsageError('at least one --mentor NAME is required');
    const created = settle(
      ctx,
      'init',
      await setUp(
        {
          mentee,
          mentors,
          identities: options.identity as string[] | undefined,
          cadence: options.cadence as string | undefined,
          kind: options.kind as string | undefined,
          started: options.started as string | undefined,
        },
        cliPorts(ctx),
      ),
    );
    const plan = path.join(ctx.records.root, ...created.plan.split('/'));
    ctx.out(shown(ctx, plan));
    return 0;
  },
};
