import type { Problem } from '../problem';
import { slugify } from '../slug';
import { BUILTIN_REFLECTIONS } from './builtinReflections';
import { parseReflectionTemplate } from './parseReflectionTemplate';
import { REFLECTION_WHENS, type ReflectionTemplate } from './reflectionTemplate';

/** A team template file: its path (relative to the records root, "/" separators) and its text. */
export interface TeamTemplateFile {
  path: string;
  text: string;
}

/** The templates to offer, and what was wrong with the team's files. */
export interface ReflectionTemplates {
  templates: ReflectionTemplate[];
  problems: Problem[];
}

/**
 * Merges the built-in templates with a team's `templates/reflections/*.md`: a file named after a
 * built-in id (`gibbs.md`) replaces it, other files add templates (their id is the file's base
 * name). Listed by when they fit (start, after a session, any time, end), built-in ones in
 * their own order before the team's, which are sorted by title.
 */
export function reflectionTemplates(
  teamFiles: readonly TeamTemplateFile[] = [],
): ReflectionTemplates {
  const byId = new Map<string, ReflectionTemplate>(BUILTIN_REFLECTIONS.map((t) => [t.id, t]));
  const problems: Problem[] = [];
  const files = [...teamFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of files) {
    const base = (f.path.split(/[\\/]/).pop() ?? f.path).replace(/\.md$/i, '');
    const id = slugify(base);
    if (!id) continue;
    const parsed = parseReflectionTemplate(id, f.path, f.text);
    problems.push(...parsed.problems);
    if (parsed.template) byId.set(id, parsed.template);
  }
  const builtinOrder = new Map(BUILTIN_REFLECTIONS.map((t, i) => [t.id, i]));
  const templates = [...byId.values()].sort((a, b) => {
    const when = REFLECTION_WHENS.indexOf(a.when) - REFLECTION_WHENS.indexOf(b.when);
    if (when !== 0) return when;
    const ai = builtinOrder.get(a.id) ?? Infinity;
    const bi = builtinOrder.get(b.id) ?? Infinity;
    if (ai !== bi) return ai - bi;
    return a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  return { templates, problems };
}
