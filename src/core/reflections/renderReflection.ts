import { renderTemplate } from '../templates/renderTemplate';
import { trimBlankLines } from './parseReflectionTemplate';
import type { ReflectionTemplate } from './reflectionTemplate';

/** What a rendered reflection needs: the session's (or today's) date, and the line break to use. */
export interface RenderReflectionOptions {
  date: string;
  eol?: '\n' | '\r\n';
}

/**
 * The text to insert for a reflection: a bold title line with the date, a blank line, then the
 * template's body with {{date}} and {{title}} filled. No blank lines at either end; it ends with
 * one line break, so it can be inserted at the start of a line.
 */
export function renderReflection(
  template: ReflectionTemplate,
  options: RenderReflectionOptions,
): string {
  const eol = options.eol ?? '\n';
  const body = trimBlankLines(
    renderTemplate(template.body, { date: options.date, title: template.title }),
  );
  const lines = [`**${template.title}** (${options.date})`];
  if (body) lines.push('', ...body.split('\n'));
  return lines.join(eol) + eol;
}
