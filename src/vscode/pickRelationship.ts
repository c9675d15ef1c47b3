import * as vscode from 'vscode';
import type { RecordsLocator, RelationshipRef } from './recordsLocator';
import { Cancelled, UserError } from './userError';

/**
 * The relationship a command works on: the one named by `slug`, the only one, or the user's
 * pick (with the folder shown when there are several workspace folders).
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
  if (slug !== undefined) {
    const found = all.find((r) => r.slug === slug);
    if (!found)
      throw new UserError(
        `No relationship "${slug}" (known: ${all.map((r) => r.slug).join(', ')}).`,
      );
    return found;
  }
  if (all.length === 1) return all[0];
  const several = locator.folders().length > 1;
  const picked = await vscode.window.showQuickPick(
    all.map((r) => ({ label: r.slug, description: several ? r.folder.name : undefined, ref: r })),
    { title, placeHolder: 'Which relationship?' },
  );
  if (!picked) throw new Cancelled();
  return picked.ref;
}
