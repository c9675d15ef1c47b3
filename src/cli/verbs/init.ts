import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderPlan } from '../../core/records/newRecords';
import { slugForName } from '../../core/slug';
import { PLAN_TEMPLATE, QUESTIONS_TEMPLATE } from '../../core/templates/builtinTemplates';
import { atomicWrite } from '../../store/atomicWrite';
import { ensureRecordsGitignore } from '../../store/recordsGitignore';
import { insideRoot } from '../../store/safePath';
import { readTemplate } from '../../store/templateFiles';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import type { Verb } from '../verb';

const encoder = new TextEncoder();

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
    const slug = slugForName(mentee);
    if (!slug.ok) throw new UsageError(slug.message);
    const dir = insideRoot(ctx.records.root, slug.slug);
    if (fs.existsSync(dir)) {
      throw new UsageError(
        `${shown(ctx, dir)} already exists; init never changes an existing relationship`,
      );
    }
    const rendered = renderPlan(readTemplate(ctx.records.root, 'plan.md', PLAN_TEMPLATE), {
      mentee,
      mentors,
      identities: options.identity as string[] | undefined,
      cadence: options.cadence as string | undefined,
      kind: options.kind as string | undefined,
      started: (options.started as string | undefined) ?? ctx.today,
    });
    if (!rendered.ok) throw new UsageError(rendered.message);
    ensureRecordsGitignore(ctx.records.root);
    const plan = path.join(dir, 'plan.md');
    atomicWrite(plan, encoder.encode(rendered.text), { exclusive: true });
    atomicWrite(path.join(dir, 'questions.md'), encoder.encode(QUESTIONS_TEMPLATE), {
      exclusive: true,
    });
    fs.mkdirSync(path.join(dir, 'sessions'), { recursive: true });
    ctx.out(shown(ctx, plan));
    return 0;
  },
};
