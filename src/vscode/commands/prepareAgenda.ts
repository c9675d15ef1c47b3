import * as vscode from 'vscode';
import { insertAgenda, prepareAgenda } from '../../workflows/prepareAgenda';
import { pickRelationship } from '../pickRelationship';
import { relationshipKey } from '../recordsLocator';
import { recordUri } from '../relationshipLoader';
import type { Services } from '../services';
import { showNotes } from '../showNotes';
import { keepSurfaced } from '../topics/mineTopics';
import { Cancelled } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';
import { showAtAgenda } from './newSession';

/** Arguments that skip the prompts. */
export interface PrepareAgendaArgs {
  slug?: string;
  date?: string;
  /** insert: into the Agenda section of the date's session log; copy: to the clipboard. */
  mode?: 'insert' | 'copy';
}

/**
 * Prepare Agenda: carried actions, queued questions, goals to review, learning topics since the
 * last session (surfaced afresh where git may run) and the cadence, inserted into the session
 * log of the day (created, pre-filled, when there is none) or copied as markdown to send ahead:
 * the mentee leads the agenda.
 */
export function prepareAgendaCommand(s: Services) {
  return async (args?: PrepareAgendaArgs): Promise<string> => {
    const ref = await pickRelationship(s.locator, args?.slug, 'Prepare Agenda');
    const mode = args?.mode ?? (await askMode());
    const ports = workflowPorts(s, ref, 'Prepare Agenda');
    // A prepared agenda reads the history up to its own date, so topics are surfaced afresh;
    // those kept from earlier stand in where git may not run (an untrusted workspace).
    const kept = s.topics.get(relationshipKey(ref))?.topics;
    const request = { slug: ref.slug, date: args?.date, topics: { from: 'git' as const, kept } };
    if (mode === 'copy') {
      const outcome = await prepareAgenda(request, ports);
      if (!outcome.ok) throw failureError(outcome.failure);
      showNotes(outcome.notes);
      const { rel, date, markdown, surfaced } = outcome.value;
      await keepSurfaced(s, ref, surfaced);
      const who = rel.plan ? `${rel.plan.mentee} and ${rel.plan.mentors.join(', ')}` : ref.slug;
      await vscode.env.clipboard.writeText(`# Agenda for ${date} (${who})\n\n${markdown}\n`);
      void vscode.window.showInformationMessage(
        `Agenda for ${date} copied: paste it into a message to send ahead.`,
      );
      return markdown;
    }
    const outcome = await insertAgenda(request, ports);
    if (!outcome.ok) throw failureError(outcome.failure);
    showNotes(outcome.notes);
    await keepSurfaced(s, ref, outcome.value.surfaced);
    const uri = recordUri(s.locator, ref, outcome.value.file);
    if (outcome.value.created) await showAtAgenda(uri);
    else await vscode.window.showTextDocument(uri, { preview: false });
    return uri.fsPath;
  };
}

async function askMode(): Promise<'insert' | 'copy'> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: "Insert into today's session log", mode: 'insert' as const },
      {
        label: 'Copy as markdown',
        description: 'to send ahead of the meeting',
        mode: 'copy' as const,
      },
    ],
    { title: 'Prepare Agenda', placeHolder: 'Where should the agenda go?' },
  );
  if (!picked) throw new Cancelled();
  return picked.mode;
}
