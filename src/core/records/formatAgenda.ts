import { MARKDOWN, type Markup } from '../text/markup';
import { formatAgendaTopics } from '../topics/formatTopics';
import type { Agenda, CarriedAction } from './agenda';

/**
 * The agenda as markdown, for a session's Agenda section or to send ahead of the meeting.
 * Carried items are plain bullets (not task boxes) that link to their home line: the item is
 * ticked at home, and the link is what the "Tick at home" CodeLens follows. Links are relative
 * to the relationship's sessions/ folder, where both the agenda and the homes live. With PLAIN
 * markup (a terminal): the same without markup, each carried item followed by `(<home file>:<line>)`
 * as the agenda's model names it.
 */
export function formatAgenda(agenda: Agenda, cadence?: string, m: Markup = MARKDOWN): string {
  const out: string[] = [];
  // A blank line before each part but the first keeps the section readable as plain text.
  const part = (title: string) => out.push(...(out.length ? ['', title] : [title]));
  if (agenda.carriedActions.length) {
    part(m.heading(3, 'Carried over'));
    for (const a of agenda.carriedActions) out.push(formatCarried(a, m));
  }
  if (agenda.questions.length) {
    part(m.heading(3, 'Questions'));
    for (const q of agenda.questions) {
      const note = q.added ? ` (added ${q.added}${q.by ? ` by @${q.by}` : ''})` : '';
      out.push(`- ${q.text}${note}`);
    }
  }
  if (agenda.goals.length) {
    part(m.heading(3, 'Goals to review'));
    for (const g of agenda.goals) out.push(`- ${g.id}: ${g.title} (${g.reason})`);
  }
  if (agenda.topics.length) {
    part(m.heading(3, 'Learning topics'));
    out.push(formatAgendaTopics(agenda.topics, undefined, m));
  }
  if (agenda.suggestedQuestions.length) {
    part(m.heading(3, 'Suggested questions'));
    for (const q of agenda.suggestedQuestions)
      out.push(`- ${m.text(q.text)} (${m.text(q.reason)})`);
  }
  const c = agenda.cadence;
  if (c.last) {
    const due = c.nextDue
      ? `; next was due ${c.nextDue}${cadence ? ` (${cadence})` : ''}${c.overdue ? ', overdue' : ''}`
      : '';
    part(m.heading(3, 'Since last time'));
    out.push(`- Last session ${c.last}, ${c.daysSinceLast} days ago${due}.`);
  }
  if (out.length === 0)
    out.push(
      'Nothing carried over, no queued questions and no goals due for review: what would you like to talk about?',
    );
  return out.join('\n');
}

/** "carried 1 time", "carried 3 times": one wording for the agenda, the views and the reports. */
export function carriedText(carried: number): string {
  return `carried ${carried} ${carried === 1 ? 'time' : 'times'}`;
}

function formatCarried(a: CarriedAction, m: Markup): string {
  const home = a.home.file.split('/').pop() ?? a.home.file;
  const since = a.carried === 0 ? 'from last session' : carriedText(a.carried);
  const flags = [
    a.overdue ? m.strong('overdue') : '',
    a.decide ? `${m.strong('decide:')} do, drop, delegate or make it a goal` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const about = `- ${a.text} (${[flags, since].filter(Boolean).join('; ')})`;
  // Plain: the model's path, so the CLI can name the file as its user sees it.
  if (m.plain) return `${about} (${m.text(a.home.file)}:${a.home.line})`;
  return `${about} [${home.replace(/\.md$/, '')}:${a.home.line}](${home}#L${a.home.line})`;
}

const HOME_LINK = /\]\(([\w.-]+\.md)#L(\d+)\)\s*$/;

/** The home a carried line in an agenda links to (`[...](2026-11-09.md#L23)` at its end). */
export function carriedHome(line: string): { fileName: string; line: number } | undefined {
  const m = HOME_LINK.exec(line);
  return m ? { fileName: m[1], line: Number(m[2]) } : undefined;
}
