import * as vscode from 'vscode';
import { addIdentity } from '../../workflows/addIdentity';
import { COMMANDS } from '../ids';
import { pickRelationship } from '../pickRelationship';
import { relationshipKey } from '../recordsLocator';
import { revealEdit } from '../revealEdit';
import type { Services } from '../services';
import { Cancelled } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';

/** Arguments that skip the prompts (an "also commits as" hint in the Learning Topics view passes both). */
export interface AddIdentityArgs {
  /** The relationship: a slug, or `<folder>/<slug>`. */
  relationship?: string;
  /** The email (or name) to add. */
  identity?: string;
}

/**
 * Add to the Plan's Identities: puts an address the mentee also commits under into the plan's
 * `identities:` list (one edit of that value, with Undo), so the next topics read includes the
 * work under it; the hint then leaves the Learning Topics view.
 */
export function addIdentityCommand(s: Services) {
  return async (args?: AddIdentityArgs): Promise<string[]> => {
    const title = vscode.l10n.t("Add to the Plan's Identities");
    const ref = await pickRelationship(s.locator, args?.relationship, title);
    const identity =
      args?.identity ??
      (await vscode.window.showInputBox({
        title,
        prompt: vscode.l10n.t('An email address (or name) the mentee also commits under'),
        validateInput: (v) =>
          v.trim() === '' || /[\r\n]/.test(v)
            ? vscode.l10n.t('One email or name, on one line.')
            : undefined,
      }));
    if (identity === undefined) throw new Cancelled();
    const plan = vscode.Uri.joinPath(ref.dir, 'plan.md');
    const added = await revealEdit(
      plan,
      async () => {
        const outcome = await addIdentity(
          { slug: ref.slug, identity },
          workflowPorts(s, ref, title),
        );
        if (!outcome.ok) throw failureError(outcome.failure);
        return outcome.value;
      },
      (a) => ({
        message: a.alreadyThere
          ? vscode.l10n.t('The identities already match {0}.', identity)
          : vscode.l10n.t(
              'Added {0} to the identities in {1}.',
              identity,
              vscode.workspace.asRelativePath(plan),
            ),
        find: 'identities',
      }),
    );
    // The hint is answered: drop it from the kept topics, so the view stops offering it.
    const kept = s.topics.get(relationshipKey(ref));
    if (kept?.identityHints) {
      const lower = identity.trim().toLowerCase();
      s.topics.set({
        ...kept,
        identityHints: kept.identityHints.filter((h) => h.email.toLowerCase() !== lower),
      });
      await vscode.commands.executeCommand(COMMANDS.refreshViews);
    }
    return added.identities;
  };
}
