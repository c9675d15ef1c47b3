/** When a reflection fits in a relationship's life. */
export type ReflectionWhen = 'start' | 'after-session' | 'end' | 'any';

/** The allowed values of `when`, in the order templates are listed. */
export const REFLECTION_WHENS: readonly ReflectionWhen[] = ['start', 'after-session', 'any', 'end'];

/** A reflection template: prompts to insert under a session's "## Reflection" (or anywhere). */
export interface ReflectionTemplate {
  /** The file's base name for a team template; a fixed id for a built-in one. */
  id: string;
  title: string;
  /** One line for a picker. */
  description: string;
  when: ReflectionWhen;
  /** Markdown: level-3 headings or bold prompts and open prompt lines; may use {{date}}, {{title}}. */
  body: string;
  /** "built-in", or the team file it came from. */
  source: string;
}
