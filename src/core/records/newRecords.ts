import { dateProblem } from '../dates';
import { renderTemplate } from '../templates/renderTemplate';
import { RELATIONSHIP_KINDS, parsePlan, type Plan } from './plan';
import { refreshAgenda } from '../edits/refreshAgenda';
import { setFrontMatterKeyInText } from '../edits/setFrontMatterKey';
import type { SessionStatus } from './held';
import { applyEdits } from '../text/textEdit';
import { readRecordDocument } from './recordDocument';
import { parseSession, sessionFileDate } from './session';
import { t } from '../l10n';

/** What is needed to start a relationship's records. */
export interface NewRelationship {
  mentee: string;
  mentors: string[];
  identities?: string[];
  cadence?: string;
  kind?: string;
  /** YYYY-MM-DD. */
  started: string;
}

/** Renders a plan for a new relationship and checks it parses cleanly. */
export function renderPlan(
  template: string,
  input: NewRelationship,
): { ok: true; text: string } | { ok: false; message: string } {
  const mentee = input.mentee.trim();
  const mentors = input.mentors.map((m) => m.trim()).filter(Boolean);
  if (!mentee || /[\r\n]/.test(mentee))
    return { ok: false, message: t("The mentee's name must be one line of text.") };
  if (mentors.length === 0) return { ok: false, message: t('At least one mentor is needed.') };
  if (mentors.some((m) => /[\r\n]/.test(m)))
    return { ok: false, message: t("A mentor's name must be one line of text.") };
  const why = dateProblem(input.started);
  if (why) return { ok: false, message: t('Start date: {0}.', why) };
  if (input.kind && !(RELATIONSHIP_KINDS as readonly string[]).includes(input.kind)) {
    return { ok: false, message: t('Kind must be one of {0}.', RELATIONSHIP_KINDS.join(', ')) };
  }
  const text = renderTemplate(template, {
    mentee,
    mentors,
    mentor: mentors[0],
    identities: (input.identities ?? []).map((i) => i.trim()).filter(Boolean),
    cadence: input.cadence || 'biweekly',
    kind: input.kind || 'one-to-one',
    started: input.started,
    date: input.started,
  });
  const errors = parsePlan('plan.md', text).problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    return {
      ok: false,
      message: t(
        'The plan template gives an invalid plan (line {0}: {1})',
        errors[0].line,
        errors[0].message,
      ),
    };
  }
  return { ok: true, text };
}

/** What a new session file is filled with. */
export interface NewSession {
  date: string;
  /** The relationship's plan, when it parses: attendees and the plan placeholders come from it. */
  plan?: Plan;
  head?: string;
  /** `prepared` for a log of today or later (see initialStatus); written even when a team template has no line for it. */
  status?: SessionStatus;
}

/** Renders a session file and checks it parses cleanly. */
export function renderSession(
  template: string,
  input: NewSession,
): { ok: true; text: string } | { ok: false; message: string } {
  const why = dateProblem(input.date);
  if (why) return { ok: false, message: t('Session date: {0}.', why) };
  const plan = input.plan;
  let text = renderTemplate(template, {
    date: input.date,
    attendees: plan ? [plan.mentee, ...plan.mentors] : [],
    head: input.head,
    status: input.status,
    mentee: plan?.mentee,
    mentors: plan?.mentors,
    mentor: plan?.mentors[0],
    cadence: plan?.cadence,
    kind: plan?.kind,
  });
  if (input.status !== undefined && !/^status\s*:/m.test(frontMatterOf(text))) {
    // A team template without a status line: add it, so "held" never depends on the template.
    const set = setFrontMatterKeyInText('session.md', text, 'status', input.status);
    if (set.ok) text = applyEdits(text, set.edits);
  }
  const errors = parseSession('session.md', text).problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    return {
      ok: false,
      message: t(
        'The session template gives an invalid session (line {0}: {1})',
        errors[0].line,
        errors[0].message,
      ),
    };
  }
  return { ok: true, text };
}

/** The file name for a new session on `date`, given the names already in sessions/. */
export function nextSessionFileName(date: string, existing: readonly string[]): string {
  let max = 0;
  for (const name of existing) {
    const d = sessionFileDate(name);
    if (d && d.date === date) max = Math.max(max, d.ordinal);
  }
  return max === 0 ? `${date}.md` : `${date}-${max + 1}.md`;
}

/**
 * A freshly rendered session with the agenda put into its Agenda section (created in its usual
 * place when the template has none). The text is new, so nothing of the user's can be lost.
 */
export function withAgenda(sessionText: string, agendaMarkdown: string): string {
  const doc = readRecordDocument('session.md', sessionText, { frontMatter: 'required' });
  const result = refreshAgenda(doc, agendaMarkdown);
  return result.ok ? applyEdits(sessionText, result.edits) : sessionText;
}

/** The front-matter block of a rendered template (between the first two "---" lines), or "". */
function frontMatterOf(text: string): string {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? m[1] : '';
}
