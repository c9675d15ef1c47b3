import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { refreshAgenda } from '../../core/edits/refreshAgenda';
import { buildAgenda } from '../../core/records/agenda';
import { formatAgenda } from '../../core/records/formatAgenda';
import { readRecordDocument } from '../../core/records/recordDocument';
import { applyCoreEdit } from '../documentEdits';
import { COMMANDS } from '../ids';
import { pickRelationship } from '../pickRelationship';
import { loadRelationship, recordUri } from '../relationshipLoader';
import type { Services } from '../services';
import { readSettings } from '../settings';
import { agendaTopics } from '../topics/agendaTopics';
import { Cancelled } from '../userError';

/** Arguments that skip the prompts. */
export interface PrepareAgendaArgs {
  slug?: string;
  date?: string;
  /** insert: into the Agenda section of the date's session log; copy: to the clipboard. */
  mode?: 'insert' | 'copy';
}

/**
 * Prepare Agenda: carried actions, queued questions, goals to review, learning topics since the
 * last session (where git may run) and the cadence, inserted
 * into the session log of the day (created, pre-filled, when there is none) or copied as
 * markdown to send ahead: the mentee leads the agenda.
 */
export function prepareAgendaCommand(s: Services) {
  return async (args?: PrepareAgendaArgs): Promise<string> => {
    const ref = await pickRelationship(s.locator, args?.slug, 'Prepare Agenda');
    const date = args?.date ?? toIsoDate(s.now());
    const mode = args?.mode ?? (await askMode());
    const rel = await loadRelationship(ref);
    const topics = await agendaTopics(s, ref, date);
    const existing = [...rel.sessions].reverse().find((r) => r.date === date);
    if (mode === 'insert' && !existing) {
      // A new session log is pre-filled with the agenda already. The slug is qualified by its
      // folder, so a slug that two workspace folders hold still names this relationship.
      const slug = `${ref.folder.name}/${ref.slug}`;
      return String(await vscode.commands.executeCommand(COMMANDS.newSession, { slug, date }));
    }
    const maxCarries = readSettings(ref.folder.uri)['agenda.maxCarries'];
    const markdown = formatAgenda(
      buildAgenda(rel, date, { maxCarries, topics }),
      rel.plan?.cadence,
    );
    if (mode === 'copy') {
      const who = rel.plan ? `${rel.plan.mentee} and ${rel.plan.mentors.join(', ')}` : ref.slug;
      await vscode.env.clipboard.writeText(`# Agenda for ${date} (${who})\n\n${markdown}\n`);
      void vscode.window.showInformationMessage(
        `Agenda for ${date} copied: paste it into a message to send ahead.`,
      );
      return markdown;
    }
    const uri = recordUri(s.locator, ref, existing!.file);
    const name = vscode.workspace.asRelativePath(uri);
    await applyCoreEdit(s.locator.rootOf(ref.folder), uri, (text) =>
      refreshAgenda(readRecordDocument(name, text, { frontMatter: 'required' }), markdown),
    );
    await vscode.window.showTextDocument(uri, { preview: false });
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
