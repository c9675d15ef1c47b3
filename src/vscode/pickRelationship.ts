import * as vscode from 'vscode';
import { qualifiedName, type RecordsLocator, type RelationshipRef } from './recordsLocator';
import { loadRelationship } from './relationshipLoader';
import { relationshipName } from './relationshipName';
import { Cancelled, UserError } from './userError';

/**
 * The relationship a command works on: the one named by `slug` (`<folder>/<slug>` when two
 * workspace folders hold that slug); else the one whose records the active editor shows (a
 * person editing Alex's session log means Alex); else the only one; else the user's pick, by
 * the names people read (the slug is a detail).
 */
export async function pickRelationship(
  locator: RecordsLocator,
  slug: string | undefined,
  title: string,
): Promise<RelationshipRef> {
  const all = await locator.relationships();
  if (all.length === 0) {
    throw new UserError(
      vscode.l10n.t('No mentoring records here yet. Run "Mentoring: Set Up Mentoring Records" first.'),
    );
  }
  let candidates = all;
  if (slug !== undefined) {
    // "team-a/alex-rivera" names the folder too, for a slug that two folders hold.
    candidates = all.filter((r) => r.slug === slug || `${r.folder.name}/${r.slug}` === slug);
    if (candidates.length === 0) {
      const known = all.map((r) => qualifiedName(r, all)).join(', ');
      throw new UserError(vscode.l10n.t('No relationship "{0}" (known: {1}).', slug, known));
    }
  } else {
    const active = activeRelationship(locator, all);
    if (active) return active;
  }
  if (candidates.length === 1) return candidates[0];
  const several = locator.folders().length > 1;
  const items = await Promise.all(
    candidates.map(async (r) => {
      const rel = await loadRelationship(r).catch(() => undefined);
      return {
        label: relationshipName(r, rel, all),
        description: [rel?.plan?.mentors.length ? `with ${rel.plan.mentors.join(', ')}` : '', several ? r.folder.name : '']
          .filter(Boolean)
          .join(' · '),
        ref: r,
      };
    }),
  );
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Which relationship?'),
    matchOnDescription: true,
  });
  if (!picked) throw new Cancelled();
  return picked.ref;
}

/** The relationship whose records the active editor shows, if any. */
export function activeRelationship(
  locator: RecordsLocator,
  all: readonly RelationshipRef[],
): RelationshipRef | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const where = locator.locate(uri);
  if (!where) return undefined;
  return all.find(
    (r) => r.slug === where.slug && r.folder.uri.toString() === where.folder.uri.toString(),
  );
}
