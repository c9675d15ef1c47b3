import type { GoalSession, ProgressAction, ProgressReport, ProgressTopic } from './progressReport';
import { MARKDOWN, type Markup } from '../text/markup';
import { count } from './reportMarkdown';

/** At most this many commits are named under a goal or topic; the rest are counted. */
const COMMITS_SHOWN = 5;

/**
 * The progress report as markdown: a title with the mentee and the period, then goals and
 * their evidence, sessions against the cadence, action items, topics covered and reflection
 * headlines. Links are the model's `file` values (relative to the reports folder by default);
 * every piece of record or repository text is escaped. With PLAIN markup: the same report as
 * plain text for a terminal.
 */
export function formatProgressReport(r: ProgressReport, m: Markup = MARKDOWN): string {
  const out: string[] = [];
  const who = r.mentee ?? r.relationship;
  out.push(
    m.heading(1, `Progress report: ${m.text(who)} (${r.period.since} to ${r.period.until})`),
    '',
  );
  const about = [
    r.kind ? m.text(r.kind) : undefined,
    r.mentors.length ? `mentors: ${r.mentors.map(m.text).join(', ')}` : undefined,
    r.started ? `started ${r.started}` : undefined,
    r.plan ? m.link('plan', r.plan) : 'no readable plan',
  ].filter((p): p is string => p !== undefined);
  out.push(`${about.join('; ')}. Open items and ages as of ${r.today}.`, '');

  out.push(m.heading(2, 'Goals'), '');
  if (r.goals.length === 0) out.push('No goals in the plan.');
  for (const g of r.goals) {
    out.push(`- ${m.link(`${g.id}: ${g.title}`, `${g.file}#L${g.line}`)}`);
    const facts = [`status: ${m.text(g.status ?? 'not set')}`];
    if (g.target) facts.push(`target: ${m.text(g.target)}`);
    out.push(`  - ${facts.join('; ')}`);
    if (g.measure) out.push(`  - Measure: ${m.text(g.measure)}`);
    out.push(
      g.sessions.length
        ? `  - Sessions: ${g.sessions.map((s) => goalSession(s, m)).join(', ')}`
        : '  - Sessions: none in this period',
    );
    if (g.commits.length) out.push(`  - Commits: ${commitList(g.commits, m)}`);
  }
  out.push('');

  const c = r.cadence;
  out.push(m.heading(2, 'Sessions and cadence'), '');
  const expected =
    c.expected === null ? '' : `; ${c.expected} expected at a ${m.text(c.cadence)} cadence`;
  const defaulted = c.fromPlan ? '' : ' (the plan names no cadence: biweekly assumed)';
  out.push(`${count(c.held, 'session')} held in the period${expected}${defaulted}.`, '');
  if (c.sessions.length) {
    out.push(`- Sessions: ${c.sessions.map((s) => m.link(s.date, s.file)).join(', ')}`);
  }
  if (c.gaps.length) {
    out.push('- Gaps longer than the cadence:');
    for (const g of c.gaps) {
      out.push(
        g.ongoing
          ? `  - since ${g.from}: ${count(g.days, 'day')} without a session`
          : `  - ${g.from} to ${g.to}: ${count(g.days, 'day')}`,
      );
    }
  } else {
    out.push('- No gap longer than the cadence.');
  }
  out.push('');

  out.push(m.heading(2, 'Action items'), '');
  actionList(m, out, 'Done', r.actions.done, 'None written in this period is done yet.');
  actionList(m, out, 'Open', r.actions.open, 'Nothing open.');
  actionList(m, out, 'Dropped', r.actions.dropped, 'None dropped.');

  out.push(m.heading(2, 'Topics covered'), '');
  if (r.topics.length === 0) out.push('No learning topics in this period.');
  for (const t of r.topics) out.push(topicLine(t, m));
  if (r.questions.length) {
    out.push('', m.heading(3, 'Questions discussed'), '');
    for (const q of r.questions)
      out.push(
        `- ${m.text(q.text)} (${m.link(`discussed ${q.discussed}`, `${q.file}#L${q.line}`)})`,
      );
  }
  out.push('');

  out.push(m.heading(2, 'Reflections'), '');
  if (r.reflections.length === 0) out.push('No reflections written in this period.');
  for (const f of r.reflections)
    out.push(`- ${m.link(f.date, `${f.file}#L${f.line}`)}: ${m.text(f.text)}`);
  return out.join('\n') + '\n';
}

function goalSession(s: GoalSession, m: Markup): string {
  const how = [
    s.frontMatter ? 'goals' : undefined,
    s.actionLines.length ? count(s.actionLines.length, 'action item') : undefined,
  ].filter((p): p is string => p !== undefined);
  const at = s.actionLines.length && !s.frontMatter ? `#L${s.actionLines[0]}` : '';
  return `${m.link(s.date, `${s.file}${at}`)} (${how.join(', ')})`;
}

function actionList(
  m: Markup,
  out: string[],
  title: string,
  rows: ProgressAction[],
  none: string,
): void {
  out.push(m.heading(3, `${title} (${rows.length})`), '');
  if (rows.length === 0) out.push(none);
  for (const a of rows) {
    const flags: string[] = [];
    if (a.ageDays !== null) flags.push(`open ${count(a.ageDays, 'day')}`);
    if (a.overdue) flags.push(m.strong('overdue'));
    if (!a.inPeriod) flags.push('from before the period');
    const home = m.link(`${a.sessionDate}:${a.line}`, `${a.file}#L${a.line}`);
    out.push(`- ${m.text(a.text)} (${[...flags, home].join('; ')})`);
  }
  out.push('');
}

function topicLine(t: ProgressTopic, m: Markup): string {
  const parts = [`- ${m.text(t.title)}`];
  if (t.question) parts.push(` — ${m.em(m.text(t.question))}`);
  const where: string[] = [];
  if (t.sessions.length)
    where.push(
      `agenda ${t.sessions.map((s) => m.link(s.date, `${s.file}#L${s.line}`)).join(', ')}`,
    );
  if (t.surfaced) where.push('in the history of the period');
  if (t.commits.length) where.push(commitList(t.commits, m));
  if (where.length) parts.push(` (${where.join('; ')})`);
  return parts.join('');
}

function commitList(shas: readonly string[], m: Markup): string {
  const shown = shas.slice(0, COMMITS_SHOWN).map((s) => m.text(s.slice(0, 7)));
  const more = shas.length > COMMITS_SHOWN ? ` and ${shas.length - COMMITS_SHOWN} more` : '';
  return `${shown.join(', ')}${more}`;
}
