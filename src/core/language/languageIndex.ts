import { personOf, type HandlePerson } from '../records/personOf';
import type { Plan } from '../records/plan';
import type { RelationshipRecords } from '../records/relationship';
import { slugify } from '../slug';
import type { Reference, ReferenceKind } from './findReferences';

/** A goal as the language features show it. */
export interface GoalInfo {
  id: string;
  title: string;
  status?: string;
  target?: string;
  /** 1-based line of the goal's heading in the plan. */
  line: number;
  /** The latest session (by date, then ordinal) that names the goal, in its text or `goals:`. */
  lastSession?: { file: string; date: string };
}

/** A person of the plan and the handle that names them. */
export interface PersonInfo extends HandlePerson {
  handle: string;
}

/** A reference and the file (relative to the records root) that holds it. */
export interface Located {
  file: string;
  ref: Reference;
}

/**
 * What one relationship's records say about goals, people and who mentions them: the index behind
 * completion, hover, definition, references, rename, links and the unknown-id diagnostics.
 */
export interface LanguageIndex {
  slug: string;
  /** `<slug>/plan.md`. */
  planFile: string;
  goals: ReadonlyMap<string, GoalInfo>;
  people: readonly PersonInfo[];
  /** References by file, relative to the records root. */
  references: ReadonlyMap<string, readonly Reference[]>;
  plan?: Plan;
}

/**
 * Builds a relationship's index from its model and the references of each of its files (found
 * once per file by findReferences and kept with the file, so an edit re-finds one file's only).
 */
export function buildLanguageIndex(
  rel: RelationshipRecords,
  references: ReadonlyMap<string, readonly Reference[]>,
): LanguageIndex {
  const goals = new Map<string, GoalInfo>();
  for (const g of rel.plan?.goals ?? [])
    if (!goals.has(g.id))
      goals.set(g.id, { id: g.id, title: g.title, status: g.status, target: g.target, line: g.line });
  // Sessions are in order: the last one that names a goal wins.
  for (const s of rel.sessions) {
    const named = new Set<string>(s.session?.goals ?? []);
    for (const r of references.get(s.file) ?? []) if (r.kind === 'goal') named.add(r.name);
    for (const id of named) {
      const g = goals.get(id);
      if (g) g.lastSession = { file: s.file, date: s.date };
    }
  }
  return {
    slug: rel.slug,
    planFile: `${rel.slug}/plan.md`,
    goals,
    people: peopleOf(rel.plan),
    references,
    plan: rel.plan,
  };
}

/** The people of a plan with the handle each answers to: the `handles:` key, else the first name. */
export function peopleOf(plan: Plan | undefined): PersonInfo[] {
  if (!plan) return [];
  const people: PersonInfo[] = [];
  const seen = new Set<string>();
  const add = (handle: string) => {
    const h = handle.toLowerCase();
    const person = personOf(plan, h);
    if (!person || seen.has(h)) return;
    seen.add(h);
    people.push({ handle: h, ...person });
  };
  for (const k of Object.keys(plan.handles ?? {})) add(k);
  for (const name of [plan.mentee, ...plan.mentors]) add(slugify(name.trim().split(/\s+/)[0] ?? ''));
  return people;
}

/** Every reference to a goal or handle across the relationship's records, file by file. */
export function referencesTo(index: LanguageIndex, kind: ReferenceKind, name: string): Located[] {
  const found: Located[] = [];
  const key = kind === 'handle' ? name.toLowerCase() : name;
  for (const [file, refs] of index.references)
    for (const ref of refs) if (ref.kind === kind && ref.name === key) found.push({ file, ref });
  return found;
}

/** The reference whose range holds an offset of a file's text, if any. */
export function referenceAt(
  index: LanguageIndex,
  file: string,
  offset: number,
): Reference | undefined {
  return index.references.get(file)?.find((r) => r.start <= offset && offset <= r.end);
}

/**
 * A file's references that name no goal of the plan (a problem: a warning) or no person of it (an
 * owner such as `@dba-oncall`: allowed, at most a hint). Without a readable plan nothing is
 * known, so nothing is reported.
 */
export function unknownReferences(index: LanguageIndex, file: string): Reference[] {
  return unknownAmong(index, index.references.get(file) ?? []);
}

/** Like unknownReferences, for references found in a text the index may not hold yet. */
export function unknownAmong(index: LanguageIndex, refs: readonly Reference[]): Reference[] {
  if (!index.plan) return [];
  const people = new Set(index.people.map((p) => p.handle));
  return refs.filter((r) =>
    r.kind === 'goal' ? !index.goals.has(r.name) : !r.definition && !people.has(r.name),
  );
}

/** Up to `max` goals nearest an unknown id by number (G8 for G9), for a quick fix. */
export function nearGoals(index: LanguageIndex, id: string, max = 3): GoalInfo[] {
  const n = Number(id.slice(1));
  return [...index.goals.values()]
    .sort((a, b) => Math.abs(Number(a.id.slice(1)) - n) - Math.abs(Number(b.id.slice(1)) - n))
    .slice(0, max);
}
