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
import { selectLast } from '../revealEdit';

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
    const ref = await pickRelationship(s.locator, args?.slug, vscode.l10n.t('Prepare Agenda'));
    const mode = args?.mode ?? (await askMode());
    const ports = workflowPorts(s, ref, vscode.l10n.t('Prepare Agenda'));
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
        vscode.l10n.t('Agenda for {0} copied: paste it into a message to send ahead.', date),
      );
      return markdown;
    }
    const file = await revealAgenda(
      async () => {
        const outcome = await insertAgenda(request, ports);
        if (!outcome.ok) throw failureError(outcome.failure);
        showNotes(outcome.notes);
        await keepSurfaced(s, ref, outcome.value.surfaced);
        return outcome.value;
      },
      (value) => recordUri(s.locator, ref, value.file),
    );
    return file.fsPath;
  };
}

async function askMode(): Promise<'insert' | 'copy'> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t("Insert into today's session log"), mode: 'insert' as const },
      {
        label: vscode.l10n.t('Copy as markdown'),
        description: vscode.l10n.t('to send ahead of the meeting'),
        mode: 'copy' as const,
      },
    ],
    {
      title: vscode.l10n.t('Prepare Agenda'),
      placeHolder: vscode.l10n.t('Where should the agenda go?'),
    },
  );
  if (!picked) throw new Cancelled();
  return picked.mode;
}

/**
 * Runs the insert and shows the log with its agenda: the Agenda heading selected and in view, and
 * a message saying whether the log was created with it or its generated lines were replaced.
 */
async function revealAgenda(
  run: () => Promise<{ file: string; created: boolean }>,
  uriOf: (value: { file: string; created: boolean }) => vscode.Uri,
): Promise<vscode.Uri> {
  const value = await run();
  const uri = uriOf(value);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  selectLast(editor, '## Agenda');
  const name = vscode.workspace.asRelativePath(uri);
  void vscode.window.showInformationMessage(
    value.created
      ? vscode.l10n.t('Created {0} with the agenda.', name)
      : vscode.l10n.t(
          'Prepared the agenda in {0}: what it generated last time is replaced, your own lines are kept.',
          name,
        ),
  );
  return uri;
}
