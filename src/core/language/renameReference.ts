import type { TextEdit } from '../text/textEdit';
import type { ReferenceKind } from './findReferences';
import { goalId } from './findReferences';
import { referencesTo, type LanguageIndex } from './languageIndex';

/** A rename: the edits of each file (relative to the records root), or why it is refused. */
export type RenamePlan =
  | { ok: true; name: string; edits: ReadonlyMap<string, TextEdit[]> }
  | { ok: false; reason: string };

// RECORDS.md: a goal id is `G<number>`; the plan's handles keys are single words.
const GOAL_ID = /^#?G([1-9]\d*)$/;
const HANDLE = /^@?([A-Za-z0-9](?:[\w.-]*[A-Za-z0-9])?)$/;

/**
 * What renaming a goal id or a handle changes: the name part of every reference in every record
 * of the relationship (the sigil and everything around it stay byte for byte), the goal's heading
 * in the plan, `goals:` lists and `handles:` keys. Refuses a malformed name and one that is
 * already a goal or a person, which would merge two into one.
 */
export function renameReference(
  index: LanguageIndex,
  kind: ReferenceKind,
  from: string,
  to: string,
): RenamePlan {
  const wanted = to.trim();
  let name: string;
  if (kind === 'goal') {
    const m = GOAL_ID.exec(wanted);
    if (!m) return { ok: false, reason: `"${to}" is not a goal id: write G and a number, such as G4.` };
    name = goalId(m[1]);
    if (name === from) return { ok: false, reason: `The goal is already ${from}.` };
    if (index.goals.has(name))
      return { ok: false, reason: `${name} is already a goal of this plan: pick a free id.` };
  } else {
    const m = HANDLE.exec(wanted);
    if (!m)
      return {
        ok: false,
        reason: `"${to}" is not a handle: one word of letters, digits, ".", "_" or "-", such as alex.`,
      };
    name = m[1];
    if (name.toLowerCase() === from.toLowerCase() && name === from)
      return { ok: false, reason: `The handle is already @${from}.` };
    if (name.toLowerCase() !== from.toLowerCase() && index.people.some((p) => p.handle === name.toLowerCase()))
      return { ok: false, reason: `@${name} already names a person of this plan.` };
  }
  const edits = new Map<string, TextEdit[]>();
  for (const { file, ref } of referencesTo(index, kind, from)) {
    const list = edits.get(file) ?? [];
    list.push({ start: ref.nameStart, end: ref.end, text: name });
    edits.set(file, list);
  }
  return { ok: true, name, edits };
}
