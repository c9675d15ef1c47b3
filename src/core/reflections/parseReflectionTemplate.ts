import * as z from 'zod/mini';
import { problem, type Problem } from '../problem';
import { checkFrontMatter } from '../records/frontMatterSchema';
import { readRecordDocument } from '../records/recordDocument';
import { REFLECTION_WHENS, type ReflectionTemplate } from './reflectionTemplate';
import { t } from '../l10n';

/** Keys a reflection template's front matter knows. */
export const REFLECTION_KEYS = ['title', 'description', 'when'] as const;

const reflectionFrontMatterSchema = z.object({
  title: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be empty'))),
  description: z.optional(z.string()),
  when: z.optional(
    z.enum(REFLECTION_WHENS as readonly ['start', 'after-session', 'any', 'end'], {
      error: `must be one of ${REFLECTION_WHENS.join(', ')}`,
    }),
  ),
});

/** A team reflection template read from its file: the template when usable, and the problems. */
export interface ParsedReflection {
  template?: ReflectionTemplate;
  problems: Problem[];
}

/**
 * Reads a team reflection template (`<root>/templates/reflections/<id>.md`): front matter with
 * `title`, `description` and `when` (start, after-session, end or any; any by default), then
 * the body to insert. Problems are located like the rest of the records; a file whose front
 * matter cannot be read gives no template.
 */
export function parseReflectionTemplate(id: string, file: string, text: string): ParsedReflection {
  const doc = readRecordDocument(file, text, { frontMatter: 'optional' });
  const problems = [...doc.problems];
  if (doc.fatal) return { problems };
  let meta: z.infer<typeof reflectionFrontMatterSchema> = {};
  if (doc.frontMatter) {
    const fm = checkFrontMatter(
      file,
      doc.frontMatter,
      reflectionFrontMatterSchema,
      REFLECTION_KEYS,
    );
    problems.push(...fm.problems);
    if (!fm.value) return { problems };
    meta = fm.value;
  } else {
    problems.push(
      problem(
        file,
        1,
        1,
        'hint',
        'no-front-matter',
        t(
          'No front matter: the template is listed by its file name; add "title", "description" and "when" to describe it.',
        ),
      ),
    );
  }
  const bodyStart = doc.frontMatter?.block.bodyStart ?? 0;
  const body = trimBlankLines(text.slice(bodyStart).replace(/^\uFEFF/, ''));
  if (body === '') {
    problems.push(
      problem(
        file,
        doc.frontMatter ? doc.frontMatter.block.closeLine : 1,
        1,
        'warning',
        'empty-template',
        t('The template has no body: write the prompts after the front matter.'),
      ),
    );
  }
  return {
    template: {
      id,
      title: meta.title ?? titleFromId(id),
      description: meta.description?.trim() ?? '',
      when: meta.when ?? 'any',
      body,
      source: file,
    },
    problems,
  };
}

/** Removes blank lines at both ends, and blanks at the ends of lines; keeps the lines between. */
export function trimBlankLines(text: string): string {
  const lines = text.split(/\r?\n|\r/).map((l) => l.trimEnd());
  let from = 0;
  let to = lines.length;
  while (from < to && lines[from] === '') from++;
  while (to > from && lines[to - 1] === '') to--;
  return lines.slice(from, to).join('\n');
}

function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}
