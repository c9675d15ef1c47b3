import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { eventPrompts } from '../../core/reflections/eventPrompts';
import { reflectionTemplates } from '../../core/reflections/reflectionTemplates';
import type { Commit } from '../../core/topics/historyData';
import { revealEdit, selectLast } from '../revealEdit';
import { addReflection, FROM_COMMITS, reflectionText } from '../../workflows/addReflection';
import { recordsAt } from '../recordsAt';
import { failureError } from '../workflowPorts';
import { roleOf } from '../../core/records/roleOf';
import { pickRelationship } from '../pickRelationship';
import { type RelationshipRef, relationshipKey } from '../recordsLocator';
import { loadRelationship } from '../relationshipLoader';
import type { Services } from '../services';
import { targetSession } from '../sessionTarget';
import { readTeamFiles } from '../teamTemplates';
import { Cancelled, UserError } from '../userError';

/** Arguments that skip the prompts. */
export interface AddReflectionArgs {
  /** A template id (`what-so-what-now-what`, `gibbs`, a team file's name), or `commits` for the prompts from recent commits. */
  template?: string;
  slug?: string;
}


/**
 * Add Reflection: a reflection template (built in, or the team's `templates/reflections/*.md`),
 * or prompts about the mentee's own recent commits, inserted into a session log's Reflection
 * section (the log in the editor, else the current one), or at the cursor in any other markdown
 * file.
 */
export function addReflectionCommand(s: Services) {
  return async (args?: AddReflectionArgs): Promise<string> => {
    const editor = vscode.window.activeTextEditor;
    const where = editor ? s.locator.locate(editor.document.uri) : undefined;
    const inSession = where !== undefined && /^[^/]+\/sessions\/[^/]+\.md$/.test(where.relative);
    const atCursor = !!editor && editor.document.languageId === 'markdown' && !inSession;
    const ref =
      atCursor && !where
        ? undefined
        : await pickRelationship(s.locator, args?.slug ?? where?.slug, vscode.l10n.t('Add Reflection'));
    const { files, problems } = await readTeamFiles(s.locator, 'reflections');
    for (const p of problems) s.log.warn(`Reflection template ${p}`);
    const all = reflectionTemplates(files);
    for (const p of all.problems) s.log.warn(`${p.file}:${p.line} ${p.message}`);
    // Prompts that name the mentee's commits are offered only in a private note: a session log
    // is shared through git. They speak to the mentee, or about them to anyone else.
    const grounded = where !== undefined && /^[^/]+\/private\//.test(where.relative);
    const about = ref && grounded ? await writerIsNotMentee(s, ref) : undefined;
    const kept = ref ? s.topics.get(relationshipKey(ref)) : undefined;
    const commits = kept ? commitsOf(kept.commitInfo) : [];
    const topics = kept?.topics ?? [];
    const offered = eventPrompts(topics, commits, { grounded, about }).length;
    const id = args?.template ?? (await pickTemplate(all.templates, offered));
    const request = { template: id, templates: all.templates, topics, commits, grounded, about };
    const clock = { today: () => toIsoDate(s.now()) };

    if (atCursor && editor) {
      const made = reflectionText(request, { clock });
      if (!made.ok) throw failureError(made.failure);
      const text = made.value.text;
      const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      // On an empty line it goes there; on a line with text, after it, never splitting it.
      const line = editor.document.lineAt(editor.selection.active.line);
      const empty = line.text.trim() === '';
      const position = empty ? line.range.start : line.range.end;
      const body = text.replace(/\n/g, eol);
      const ok = await editor.edit((b) => b.insert(position, empty ? body : eol + body));
      if (!ok) throw new UserError(vscode.l10n.t('The editor did not accept the reflection; try again.'));
      selectLast(editor, text.split('\n')[0]);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Added the reflection at the cursor ({0}); Undo takes it out.', titleOf(text)),
      );
      return editor.document.uri.fsPath;
    }
    const rel = await loadRelationship(ref!);
    const target = inSession
      ? { uri: editor!.document.uri }
      : targetSession(s.locator, ref!, rel, s.now());
    if (!target)
      throw new UserError(
        vscode.l10n.t('No session log for {0} yet: run "Mentoring: New Session Log" first.', ref!.slug),
      );
    const { file, records } = recordsAt(s, target.uri, vscode.l10n.t('Add Reflection'));
    await revealEdit(
      target.uri,
      async () => {
        const outcome = await addReflection({ ...request, session: file }, { records, clock });
        if (!outcome.ok) throw failureError(outcome.failure);
        return outcome.value;
      },
      (made) => ({
        message: vscode.l10n.t('Added "{0}" to the Reflection section of {1}.', made.title, vscode.workspace.asRelativePath(target.uri)),
        find: made.text.split('\n')[0],
      }),
    );
    return target.uri.fsPath;
  };
}

/** "What? So what? Now what?" from a rendered reflection's title line `**...** (date)`. */
function titleOf(text: string): string {
  const m = /^\*\*(.+)\*\*/.exec(text);
  return m ? `"${m[1]}"` : vscode.l10n.t('the reflection');
}

/** The mentee's name when the person writing is not the mentee (prompts then speak about them). */
async function writerIsNotMentee(s: Services, ref: RelationshipRef): Promise<string | undefined> {
  const plan = (await loadRelationship(ref)).plan;
  if (!plan) return undefined;
  const me = await s.git.identity(ref.folder);
  return roleOf(plan, me) === 'mentee' ? undefined : plan.mentee;
}

/** The commits a kept topics result names, as the prompts need them. */
function commitsOf(info: Record<string, { subject: string; date: string; time: number }>): Commit[] {
  return Object.entries(info).map(([sha, c]): Commit => ({
    sha,
    subject: c.subject,
    date: c.date,
    time: c.time,
    parents: [],
    authorName: '',
    authorEmail: '',
    body: '',
    coAuthors: [],
    goalRefs: [],
    files: [],
  }));
}

async function pickTemplate(
  templates: ReturnType<typeof reflectionTemplates>['templates'],
  prompts: number,
): Promise<string> {
  type Item = vscode.QuickPickItem & { id?: string };
  const items: Item[] = templates.map((t) => ({
    label: t.title,
    description: WHEN[t.when],
    detail: t.description,
    id: t.id,
  }));
  if (prompts)
    items.unshift(
      {
        label: vscode.l10n.t('From recent commits ({0})', prompts),
        description: vscode.l10n.t('prompts about reverts, rework and first touches in recent commits'),
        id: FROM_COMMITS,
      },
      { label: vscode.l10n.t('Templates'), kind: vscode.QuickPickItemKind.Separator },
    );
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Add Reflection'),
    placeHolder: vscode.l10n.t('Which reflection?'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked?.id) throw new Cancelled();
  return picked.id;
}

const WHEN: Record<string, string> = {
  start: vscode.l10n.t('before we start'),
  'after-session': vscode.l10n.t('after a session'),
  any: vscode.l10n.t('any time'),
  end: vscode.l10n.t('at the end'),
};
