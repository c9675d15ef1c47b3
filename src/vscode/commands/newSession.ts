import * as vscode from 'vscode';
import type { AgendaTopicsSource } from '../../workflows/agendaTopics';
import { newSession } from '../../workflows/newSession';
import { pickRelationship } from '../pickRelationship';
import { relationshipKey, type RelationshipRef } from '../recordsLocator';
import { recordUri } from '../relationshipLoader';
import type { Services } from '../services';
import { keepSurfaced } from '../topics/mineTopics';
import { failureError, workflowPorts } from '../workflowPorts';
import { showNotes } from '../showNotes';

/** Arguments that skip the prompts. */
export interface NewSessionArgs {
  slug?: string;
  date?: string;
}

/** New Session Log: creates today's session file (or -2, -3, ...) and opens it. */
export function newSessionCommand(s: Services) {
  return async (args?: NewSessionArgs): Promise<string> => {
    const ref = await pickRelationship(s.locator, args?.slug, vscode.l10n.t('New Session Log'));
    const outcome = await newSession(
      { slug: ref.slug, date: args?.date, topics: editorTopics(s, ref) },
      workflowPorts(s, ref, vscode.l10n.t('New Session Log')),
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    showNotes(outcome.notes);
    await keepSurfaced(s, ref, outcome.value.surfaced);
    const file = recordUri(s.locator, ref, outcome.value.file);
    await showAtAgenda(file);
    return file.fsPath;
  };
}

/**
 * The editor's topics for a new agenda: those already surfaced for the relationship (Surface
 * Learning Topics or Prepare Agenda ran), else surfaced now where git may run.
 */
export function editorTopics(s: Services, ref: RelationshipRef): AgendaTopicsSource {
  const kept = s.topics.get(relationshipKey(ref));
  return kept ? { from: 'given', topics: kept.topics } : { from: 'git' };
}

/** Opens a session log with the cursor under "## Agenda": the mentee leads, so it comes first. */
export async function showAtAgenda(file: vscode.Uri): Promise<void> {
  const editor = await vscode.window.showTextDocument(file, { preview: false });
  const agenda = editor.document
    .getText()
    .split(/\r?\n/)
    .findIndex((l) => /^##\s+agenda\s*$/i.test(l));
  if (agenda >= 0) {
    const pos = new vscode.Position(Math.min(agenda + 1, editor.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(pos, pos);
  }
}
