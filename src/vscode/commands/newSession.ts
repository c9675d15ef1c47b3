import * as vscode from 'vscode';
import { relationshipKey } from '../recordsLocator';
import { dateProblem, toIsoDate } from '../../core/dates';
import { buildAgenda } from '../../core/records/agenda';
import { initialStatus } from '../../core/records/held';
import { formatAgenda } from '../../core/records/formatAgenda';
import { nextSessionFileName, renderSession, withAgenda } from '../../core/records/newRecords';
import { SESSION_TEMPLATE } from '../../core/templates/builtinTemplates';
import { AGENDA_TOPIC_LIMIT } from '../../core/topics/formatTopics';
import { createFileWithFreeName } from '../documentEdits';
import { pickRelationship } from '../pickRelationship';
import { loadRelationship } from '../relationshipLoader';
import { readSettings } from '../settings';
import type { Services } from '../services';
import { readTemplateOverride } from '../templateOverride';
import { UserError } from '../userError';

/** Arguments that skip the prompts. */
export interface NewSessionArgs {
  slug?: string;
  date?: string;
}

/** New Session Log: creates today's session file (or -2, -3, ...) and opens it. */
export function newSessionCommand(s: Services) {
  return async (args?: NewSessionArgs): Promise<string> => {
    const rel = await pickRelationship(s.locator, args?.slug, 'New Session Log');
    const date = args?.date ?? toIsoDate(s.now());
    const why = dateProblem(date);
    if (why) throw new UserError(`Session date: ${why}.`);
    const records = await loadRelationship(rel);
    const plan = records.plan;
    const root = s.locator.rootOf(rel.folder);
    const rendered = renderSession(
      await readTemplateOverride(root, 'session.md', SESSION_TEMPLATE),
      {
        date,
        plan,
        head: await s.git.head(rel.folder),
        status: initialStatus(date, toIsoDate(s.now())),
      },
    );
    if (!rendered.ok) throw new UserError(rendered.message);
    const maxCarries = readSettings(rel.folder.uri)['agenda.maxCarries'];
    const text = withAgenda(
      rendered.text,
      formatAgenda(
        buildAgenda(records, date, {
          maxCarries,
          // Topics surfaced earlier (Prepare Agenda surfaces them first); a new log runs no git.
          topics: s.topics.get(relationshipKey(rel))?.topics.slice(0, AGENDA_TOPIC_LIMIT),
        }),
        plan?.cadence,
      ),
    );
    const sessions = vscode.Uri.joinPath(rel.dir, 'sessions');
    await vscode.workspace.fs.createDirectory(sessions);
    const file = await createFileWithFreeName(
      root,
      sessions,
      (names) => nextSessionFileName(date, names),
      text,
    );
    const editor = await vscode.window.showTextDocument(file, { preview: false });
    // Put the cursor under "## Agenda": the mentee leads, so the agenda is the first thing to write.
    const agenda = editor.document
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => /^##\s+agenda\s*$/i.test(l));
    if (agenda >= 0) {
      const pos = new vscode.Position(Math.min(agenda + 1, editor.document.lineCount - 1), 0);
      editor.selection = new vscode.Selection(pos, pos);
    }
    s.log.info(`New session log ${vscode.workspace.asRelativePath(file)}`);
    return file.fsPath;
  };
}
