import { putInSection } from '../core/edits/putInSection';
import { readRecordDocument } from '../core/records/recordDocument';
import { SESSION_SECTIONS } from '../core/records/session';
import { eventPrompts } from '../core/reflections/eventPrompts';
import type { ReflectionTemplate } from '../core/reflections/reflectionTemplate';
import { renderReflection } from '../core/reflections/renderReflection';
import type { Commit } from '../core/topics/historyData';
import type { Topic } from '../core/topics/topic';
import { done, failed, type Outcome } from './outcome';
import type { Clock, RecordsPort } from './ports';
import { t } from '../core/l10n';

/** The pseudo-template of prompts from the mentee's recent commits. */
export const FROM_COMMITS = 'commits';

/** What goes into a reflection: a template, or prompts from recent topics. */
export interface ReflectionRequest {
  /** A template id, or FROM_COMMITS. */
  template: string;
  templates: readonly ReflectionTemplate[];
  /** The relationship's latest topics and the commits they cite, for FROM_COMMITS. */
  topics?: readonly Topic[];
  commits?: readonly Commit[];
  /** Prompts name commits only where the text stays private (a private note). */
  grounded: boolean;
  /** The mentee's name when someone else writes: prompts speak about them. */
  about?: string;
}

/**
 * The text of a reflection: a template rendered with today's date, or prompts from recent
 * reverts, rework and first touches (generic in shared logs, naming the commit in private notes).
 */
export function reflectionText(
  request: ReflectionRequest,
  ports: { clock: Clock },
): Outcome<{ text: string; title: string }> {
  const date = ports.clock.today();
  if (request.template === FROM_COMMITS) {
    const prompts = eventPrompts(request.topics ?? [], request.commits ?? [], {
      grounded: request.grounded,
      about: request.about,
    });
    if (!prompts.length)
      return failed(
        'not-found',
        t('No prompts from recent commits yet: run "Mentoring: Surface Learning Topics" first.'),
      );
    const title = t('From recent commits');
    const text = [`**${title}** (${date})`, '', ...prompts.map((p) => `- ${p.text}`), ''].join('\n');
    return done({ text, title });
  }
  const template = request.templates.find((t) => t.id === request.template);
  if (!template)
    return failed(
      'not-found',
      t('No reflection template "{0}" (known: {1}).', request.template, request.templates.map((t) => t.id).join(', ')),
    );
  return done({ text: renderReflection(template, { date }), title: template.title });
}

/**
 * Adds a reflection to a session log's Reflection section (created in its usual place when
 * missing); nothing else in the log moves.
 */
export async function addReflection(
  request: ReflectionRequest & { session: string },
  ports: { records: RecordsPort; clock: Clock },
): Promise<Outcome<{ text: string; title: string }>> {
  const made = reflectionText(request, ports);
  if (!made.ok) return made;
  const edited = await ports.records.editFile(request.session, (current) =>
    putInSection(
      readRecordDocument(ports.records.shown(request.session), current, { frontMatter: 'required' }),
      'Reflection',
      made.value.text,
      SESSION_SECTIONS,
    ),
  );
  if (!edited.ok) return failed('unparsable', edited.message, request.session);
  return made;
}
