import * as vscode from 'vscode';
import { openTodaysSession } from '../../workflows/openTodaysSession';
import { activeRelationship, pickRelationship } from '../pickRelationship';
import { relationshipKey, type RelationshipRef } from '../recordsLocator';
import { recordUri } from '../relationshipLoader';
import type { Services } from '../services';
import { showNotes } from '../showNotes';
import { keepSurfaced } from '../topics/mineTopics';
import { failureError, workflowPorts } from '../workflowPorts';
import { editorTopics, showAtAgenda } from './newSession';

/** Arguments that skip the prompts. */
export interface OpenTodaysSessionArgs {
  slug?: string;
}

/** What Open Today's Session did: the log's path, and whether it had to create it. */
export interface OpenTodaysSessionResult {
  file: string;
  created: boolean;
}

/**
 * Open Today's Session: for the current relationship (the active editor's, else the one Switch
 * Relationship chose, else the only one, else the user's pick), opens the log the
 * openTodaysSession workflow gives: today's, or a new one with the agenda.
 */
export function openTodaysSessionCommand(s: Services) {
  return async (args?: OpenTodaysSessionArgs): Promise<OpenTodaysSessionResult> => {
    const ref = await currentRelationship(s, args?.slug);
    const outcome = await openTodaysSession(
      { slug: ref.slug, topics: editorTopics(s, ref) },
      workflowPorts(s, ref, vscode.l10n.t("Open Today's Session")),
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    showNotes(outcome.notes);
    await keepSurfaced(s, ref, outcome.value.surfaced);
    const uri = recordUri(s.locator, ref, outcome.value.file);
    await showAtAgenda(uri);
    return { file: uri.fsPath, created: outcome.value.created };
  };
}

async function currentRelationship(
  s: Services,
  slug: string | undefined,
): Promise<RelationshipRef> {
  const title = vscode.l10n.t("Open Today's Session");
  if (slug !== undefined) return pickRelationship(s.locator, slug, title);
  const all = await s.locator.relationships();
  const chosen =
    activeRelationship(s.locator, all) ?? all.find((r) => relationshipKey(r) === s.current.get());
  return chosen ?? pickRelationship(s.locator, undefined, title);
}
