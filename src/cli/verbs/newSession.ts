import * as fs from 'node:fs';
import * as path from 'node:path';
import { dateProblem } from '../../core/dates';
import { nextSessionFileName, renderSession } from '../../core/records/newRecords';
import { parsePlan, type Plan } from '../../core/records/plan';
import { SESSION_TEMPLATE } from '../../core/templates/builtinTemplates';
import { readHead } from '../../git/readRepoFacts';
import { atomicWrite } from '../../store/atomicWrite';
import { readRecordFile } from '../../store/recordFiles';
import { insideRoot } from '../../store/safePath';
import { readTemplate } from '../../store/templateFiles';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import type { Verb } from '../verb';

/** `new-session`: creates a session log. */
export const newSessionVerb: Verb = {
  name: 'new-session',
  summary: 'create the session log for a date',
  usage: 'new-session SLUG [--date YYYY-MM-DD]',
  details: [
    'Creates <root>/<slug>/sessions/<date>.md (or <date>-2.md, -3, ... for another session that day),',
    "with the plan's people as attendees and the repository's HEAD, and prints its path.",
  ],
  options: { date: { kind: 'string' } },
  async run(ctx, { options, positionals }) {
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const dir = relationshipDir(ctx, positionals[0]);
    const date = (options.date as string | undefined) ?? ctx.today;
    const why = dateProblem(date);
    if (why) throw new UsageError(`--date: ${why}`);
    // sessions/ may be a link planted in the repository; never write through one that leaves the root.
    const sessions = insideRoot(dir, 'sessions');
    fs.mkdirSync(sessions, { recursive: true });
    const rendered = renderSession(readTemplate(ctx.records.root, 'session.md', SESSION_TEMPLATE), {
      date,
      plan: readPlan(path.join(dir, 'plan.md')),
      head: await readHead(ctx.records.top),
    });
    if (!rendered.ok) throw new UsageError(rendered.message);
    for (let attempt = 0; ; attempt++) {
      const file = path.join(sessions, nextSessionFileName(date, fs.readdirSync(sessions)));
      try {
        atomicWrite(file, new TextEncoder().encode(rendered.text), { exclusive: true });
        ctx.out(shown(ctx, file));
        return 0;
      } catch (e) {
        // Another process took the name between listing and writing: take the next one.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 5) throw e;
      }
    }
  },
};

function readPlan(planFile: string): Plan | undefined {
  const read = readRecordFile(planFile, planFile);
  return read.ok ? parsePlan(planFile, read.value.text).plan : undefined;
}
