import * as vscode from 'vscode';
import { setUpPrefills } from '../../core/records/setUpPrefills';
import { slugForName } from '../../core/slug';
import { setUp } from '../../workflows/setUp';
import { exists } from '../recordsLocator';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';

const title = vscode.l10n.t('Set Up Mentoring Records');

/** Arguments that skip the prompts (tests, other extensions, keybindings). */
export interface SetUpArgs {
  mentee: string;
  mentors: string[];
  identities?: string[];
  cadence?: string;
  kind?: string;
  folder?: string;
}

const CADENCES = [
  { label: 'biweekly', description: vscode.l10n.t('every two weeks (a common start)') },
  { label: 'weekly', description: vscode.l10n.t('every week') },
  { label: 'monthly', description: vscode.l10n.t('once a month') },
];

/** Set Up Mentoring Records: asks for the mentee, mentors, identities and cadence; writes the plan. */
export function setUpCommand(s: Services) {
  return async (args?: SetUpArgs): Promise<string> => {
    const folder = await pickFolder(s, args?.folder);
    const root = s.locator.rootOf(folder);
    const input = args ?? (await ask(s, folder, root));
    const outcome = await setUp(input, workflowPorts(s, { slug: '', folder, dir: root }, title));
    if (!outcome.ok) throw failureError(outcome.failure);
    const plan = vscode.Uri.joinPath(root, ...outcome.value.plan.split('/'));
    await vscode.window.showTextDocument(plan, { preview: false });
    return plan.fsPath;
  };
}

async function pickFolder(s: Services, name: string | undefined): Promise<vscode.WorkspaceFolder> {
  const folders = s.locator.folders();
  if (folders.length === 0)
    throw new UserError(vscode.l10n.t('Open a folder (your repository) first; the records live inside it.'));
  if (name !== undefined) {
    const found = folders.find((f) => f.name === name);
    if (!found) throw new UserError(vscode.l10n.t('No workspace folder named "{0}".', name));
    return found;
  }
  if (folders.length === 1) return folders[0];
  const picked = await vscode.window.showWorkspaceFolderPick({
    placeHolder: vscode.l10n.t('Where do the mentoring records live?'),
  });
  if (!picked) throw new Cancelled();
  return picked;
}

async function ask(
  s: Services,
  folder: vscode.WorkspaceFolder,
  root: vscode.Uri,
): Promise<SetUpArgs> {
  const me = await s.git.identity(folder);
  // Who you are decides the defaults: a mentor's identity must never become the mentee's.
  const role = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('I\'m the mentee'), description: me.name ? `as ${me.name}` : undefined, role: 'mentee' as const },
      { label: vscode.l10n.t('I\'m a mentor'), description: me.name ? `as ${me.name}` : undefined, role: 'mentor' as const },
      { label: vscode.l10n.t('I\'m setting this up for others'), role: 'neither' as const },
    ],
    { title: `${title} (1/5)`, placeHolder: vscode.l10n.t('Who are you in this relationship?'), ignoreFocusOut: true },
  );
  if (!role) throw new Cancelled();
  const prefill = setUpPrefills(role.role, me);
  const mentee = await vscode.window.showInputBox({
    title: `${title} (2/5)`,
    prompt: vscode.l10n.t('Mentee\'s name'),
    placeHolder: vscode.l10n.t('Alex Rivera'),
    value: prefill.mentee,
    ignoreFocusOut: true,
    validateInput: async (value) => {
      if (value.trim() === '') return vscode.l10n.t('Enter the name of the person being mentored.');
      const slug = slugForName(value);
      if (!slug.ok) return slug.message;
      if (await exists(vscode.Uri.joinPath(root, slug.slug)))
        return vscode.l10n.t('Records for "{0}" already exist.', slug.slug);
      return undefined;
    },
  });
  if (mentee === undefined) throw new Cancelled();
  const mentors = await vscode.window.showInputBox({
    title: `${title} (3/5)`,
    prompt: vscode.l10n.t('Mentors (comma-separated)'),
    placeHolder: vscode.l10n.t('Sam Chen'),
    value: prefill.mentors,
    ignoreFocusOut: true,
    validateInput: (value) =>
      splitList(value).length === 0 ? vscode.l10n.t('Name at least one mentor.') : undefined,
  });
  if (mentors === undefined) throw new Cancelled();
  const identities = await vscode.window.showInputBox({
    title: `${title} (4/5)`,
    prompt: vscode.l10n.t('Mentee\'s git identities (comma-separated emails or names, optional): learning topics mine these authors\' commits'),
    placeHolder: vscode.l10n.t('alex@example.com'),
    value: prefill.identities,
    ignoreFocusOut: true,
  });
  if (identities === undefined) throw new Cancelled();
  const cadence = await vscode.window.showQuickPick(CADENCES, {
    title: `${title} (5/5)`,
    placeHolder: vscode.l10n.t('How often do you meet?'),
    ignoreFocusOut: true,
  });
  if (!cadence) throw new Cancelled();
  return {
    mentee: mentee.trim(),
    mentors: splitList(mentors),
    identities: splitList(identities),
    cadence: cadence.label,
  };
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}
