import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAgenda } from '../../core/records/agenda';
import { initialStatus } from '../../core/records/held';
import { formatAgenda } from '../../core/records/formatAgenda';
import { nextSessionFileName, renderSession, withAgenda } from '../../core/records/newRecords';
import { SESSION_TEMPLATE } from '../../core/templates/builtinTemplates';
import { readHead } from '../../git/readRepoFacts';
import { atomicWrite } from '../../store/atomicWrite';
import { loadRelationship } from '../../store/loadRelationship';
import { insideRoot } from '../../store/safePath';
import { readTemplate } from '../../store/templateFiles';
import { shown } from '../cliContext';
import { dateOption } from '../dateOption';
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
    "with the plan's people as attendees and the repository's HEAD, and prints its path. Its Agenda",
    'section is filled with the agenda (see agenda --help) from the sessions before that date.',
  ],
  options: { date: { kind: 'string' } },
  async run(ctx, { options, positionals }) {
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const dir = relationshipDir(ctx, positionals[0]);
    const date = dateOption(options.date, ctx.today);
    const rel = loadRelationship(ctx.records.root, path.basename(dir));
    // sessions/ may be a link planted in the repository; never write through one that leaves the root.
    const sessions = insideRoot(dir, 'sessions');
    fs.mkdirSync(sessions, { recursive: true });
    const rendered = renderSession(readTemplate(ctx.records.root, 'session.md', SESSION_TEMPLATE), {
      date,
      plan: rel.plan,
      head: await readHead(ctx.records.top),
      status: initialStatus(date, ctx.today),
    });
    if (!rendered.ok) throw new UsageError(rendered.message);
    const text = withAgenda(rendered.text, formatAgenda(buildAgenda(rel, date), rel.plan?.cadence));
    // The agenda is never empty, so an unchanged text means it could not go in (a template with
    // an unclosed code block): the session is still worth having, without it.
    if (text === rendered.text)
      ctx.err(
        'mentoring-journal new-session: the agenda was left out: the template has an unclosed block',
      );
    for (let attempt = 0; ; attempt++) {
      const file = path.join(sessions, nextSessionFileName(date, fs.readdirSync(sessions)));
      try {
        atomicWrite(file, new TextEncoder().encode(text), { exclusive: true });
        ctx.out(shown(ctx, file));
        return 0;
      } catch (e) {
        // Another process took the name between listing and writing: take the next one.
        // However many race, each round at least one wins, so the bound is never reached in practice.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 1000) throw e;
      }
    }
  },
};
