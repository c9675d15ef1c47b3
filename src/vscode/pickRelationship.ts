import * as vscode from 'vscode';
import { qualifiedName, type RecordsLocator, type RelationshipRef } from './recordsLocator';
import { Cancelled, UserError } from './userError';

/**
 * The relationship a command works on: the one named by `slug` (`<folder>/<slug>` when two
 * workspace folders hold that slug), the only one, or the user's pick.
 */
export async function pickRelationship(
  locator: RecordsLocator,
  slug: string | undefined,
  title: string,
): Promise<RelationshipRef> {
  const all = await locator.relationships();
  if (all.length === 0) {
    throw new UserError(
      'No mentoring records here yet. Run "Mentoring: Set Up Mentoring Records" first.',
    );
  }
  let candidates = all;
  if (slug !== undefined) {
    // "team-a/alex-rivera" names the folder too, for a slug that two folders hold.
    candidates = all.filter((r) => r.slug === slug || `${r.folder.name}/${r.slug}` === slug);
    if (candidates.length === 0) {
      const known = all.map((r) => qualifiedName(r, all)).join(', ');
      throw new UserError(`No relationship "${slug}" (known: ${known}).`);
    }
  }
  if (candidates.length === 1) return candidates[0];
  const several = locator.folders().length > 1;
  const picked = await vscode.window.showQuickPick(
    candidates.map((r) => ({
      label: qualifiedName(r, all),
      description: several ? r.folder.name : undefined,
      ref: r,
    })),
    { title, placeHolder: 'Which relationship?' },
  );
  if (!picked) throw new Cancelled();
  return picked.ref;
}
