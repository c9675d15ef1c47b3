import * as vscode from 'vscode';
import { roleOf } from '../../core/records/roleOf';
import { COMMANDS } from '../ids';
import { qualifiedName, relationshipKey } from '../recordsLocator';
import { loadRelationship } from '../relationshipLoader';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';

/** Arguments that skip the prompt: the relationship (`<folder>/<slug>` or a slug). */
export interface SwitchRelationshipArgs {
  slug?: string;
}

/**
 * Switch Relationship: chooses the relationship the status bar follows (when the active editor
 * is not in another one's records) and the Relationships view opens first. Yours, as mentee or
 * mentor by git user.name and user.email, are listed first.
 */
export function switchRelationshipCommand(s: Services) {
  return async (args?: SwitchRelationshipArgs): Promise<string> => {
    const all = await s.locator.relationships();
    if (!all.length)
      throw new UserError(
        vscode.l10n.t(
          'No mentoring records here yet. Run "Mentoring: Set Up Mentoring Records" first.',
        ),
      );
    const folder = s.locator.folders()[0];
    const identity = folder ? await s.git.identity(folder) : {};
    const rows = await Promise.all(
      all.map(async (ref) => {
        const rel = await loadRelationship(ref);
        return { ref, rel, role: roleOf(rel.plan, identity) };
      }),
    );
    let chosen = args?.slug
      ? rows.find(
          (r) => r.ref.slug === args.slug || `${r.ref.folder.name}/${r.ref.slug}` === args.slug,
        )
      : undefined;
    if (args?.slug && !chosen)
      throw new UserError(vscode.l10n.t('No relationship "{0}".', args.slug));
    if (!chosen) {
      const current = s.current.get();
      rows.sort((a, b) => Number(!!b.role) - Number(!!a.role));
      const picked = await vscode.window.showQuickPick(
        rows.map((r) => ({
          label: `${r.role ? '$(account) ' : ''}${qualifiedName(r.ref, all)}`,
          description: [
            r.rel.plan?.mentee,
            r.role ? `you: ${r.role}` : '',
            relationshipKey(r.ref) === current ? 'current' : '',
          ]
            .filter(Boolean)
            .join(' · '),
          row: r,
        })),
        {
          title: vscode.l10n.t('Switch Relationship'),
          placeHolder: vscode.l10n.t('Which relationship?'),
        },
      );
      if (!picked) throw new Cancelled();
      chosen = picked.row;
    }
    const key = relationshipKey(chosen.ref);
    await s.current.set(key);
    await vscode.commands.executeCommand(COMMANDS.refreshViews);
    return `${chosen.ref.folder.name}/${chosen.ref.slug}`;
  };
}
