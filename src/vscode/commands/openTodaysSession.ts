import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { activeRelationship, pickRelationship } from '../pickRelationship';
import { relationshipKey, type RelationshipRef } from '../recordsLocator';
import { loadRelationship, recordUri } from '../relationshipLoader';
import type { Services } from '../services';
import { newSessionCommand, showAtAgenda } from './newSession';

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
 * Relationship chose, else the only one, else the user's pick), opens today's latest session
 * log that is not cancelled, or creates it with the agenda through New Session Log's workflow.
 * Run twice, it opens the same file the second time.
 */
export function openTodaysSessionCommand(s: Services) {
  const newSession = newSessionCommand(s);
  return async (args?: OpenTodaysSessionArgs): Promise<OpenTodaysSessionResult> => {
    const ref = await currentRelationship(s, args?.slug);
    const today = toIsoDate(s.now());
    const rel = await loadRelationship(ref);
    const existing = [...rel.sessions]
      .reverse()
      .find((r) => r.date === today && r.session?.status !== 'cancelled');
    if (existing) {
      const uri = recordUri(s.locator, ref, existing.file);
      await showAtAgenda(uri);
      return { file: uri.fsPath, created: false };
    }
    // The folder-qualified name is unique even when two workspace folders hold the same slug.
    const file = await newSession({ slug: `${ref.folder.name}/${ref.slug}`, date: today });
    return { file, created: true };
  };
}

async function currentRelationship(s: Services, slug: string | undefined): Promise<RelationshipRef> {
  const title = vscode.l10n.t("Open Today's Session");
  if (slug !== undefined) return pickRelationship(s.locator, slug, title);
  const all = await s.locator.relationships();
  const chosen =
    activeRelationship(s.locator, all) ?? all.find((r) => relationshipKey(r) === s.current.get());
  return chosen ?? pickRelationship(s.locator, undefined, title);
}
