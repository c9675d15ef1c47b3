import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { dateProblem } from '../dates';
import { problem, type Problem } from '../problem';
import type { FrontMatter } from '../text/frontMatter';
import { likelyTypo } from '../typo';
import { t } from '../l10n';

// zod/mini keeps the bundle small (the classic API cost 450 KB); English messages are opted into.
z.config(en());

/** A YYYY-MM-DD date that exists on the calendar. */
export const isoDateSchema = z.string().check(
  z.superRefine((value, ctx) => {
    const why = dateProblem(value);
    if (why) ctx.addIssue({ code: 'custom', message: why, input: value });
  }),
);

/** A string, or a list of strings; always read as a list. */
export const stringListSchema = z.pipe(
  z.union([
    z.string().check(z.minLength(1)),
    z.array(z.pipe(z.union([z.string(), z.number()]), z.transform(String))),
  ]),
  z.transform((v: string | string[]) => (Array.isArray(v) ? v : [v])),
);

/**
 * Validates front matter against a schema and turns zod's issues into problems on the line of the
 * key they concern. Unknown keys become hints, naming a likely typo of a known key.
 */
export function checkFrontMatter<T>(
  file: string,
  fm: FrontMatter,
  schema: z.ZodMiniType<T>,
  knownKeys: readonly string[],
): { value?: T; problems: Problem[] } {
  const problems: Problem[] = [];
  const lineOf = (key: unknown): number =>
    fm.entries.find((e) => e.key === key)?.line ?? fm.block.openLine;
  for (const entry of fm.entries) {
    if (knownKeys.includes(entry.key)) continue;
    const typo = likelyTypo(entry.key, knownKeys);
    problems.push(
      problem(
        file,
        entry.line,
        1,
        'hint',
        typo ? 'likely-typo' : 'unknown-key',
        typo
          ? t('Unknown key "{0}": did you mean "{1}"? It is kept as it is.', entry.key, typo)
          : t('Unknown key "{0}" is kept as it is, but not used.', entry.key),
      ),
    );
  }
  const result = schema.safeParse(fm.data);
  if (result.success) return { value: result.data, problems };
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const missing = issue.code === 'invalid_type' && fm.data[key as string] === undefined;
    const message = missing
      ? t('Missing required key "{0}".', String(key))
      : t('{0}: {1}', key === undefined ? t('front matter') : String(key), issue.message);
    problems.push(
      problem(file, lineOf(key), 1, 'error', missing ? 'missing-key' : 'invalid-value', message),
    );
  }
  return { problems };
}
