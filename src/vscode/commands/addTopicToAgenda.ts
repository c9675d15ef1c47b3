import * as vscode from 'vscode';
import { pickRelationship } from '../pickRelationship';
import { recordUri } from '../relationshipLoader';
import { addTopicToAgenda } from '../../workflows/addTopicToAgenda';
import { selectLast } from '../revealEdit';
import { failureError, workflowPorts } from '../workflowPorts';
import { editorTopics } from './newSession';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';

/** Arguments: the topic (a view node passes its own), and optionally the session's date. */
export interface AddTopicToAgendaArgs {
  relationship?: string;
  topicId?: string;
  date?: string;
}

/**
 * Add to Agenda: adds a learning topic (title, question, evidence) to the Agenda of the session
 * log being prepared, under its "Learning topics" part when it has one; a topic already there is
 * not added twice.
 */
export function addTopicToAgendaCommand(s: Services) {
  return async (args?: AddTopicToAgendaArgs): Promise<string> => {
    const result = args?.relationship ? s.topics.find(args.relationship) : await pickResult(s);
    if (!result)
      throw new UserError(
        vscode.l10n.t('Surface Learning Topics first: there are no topics to add yet.'),
      );
    const topic = args?.topicId
      ? result.topics.find((t) => t.id === args.topicId)
      : await pickTopic(result.topics);
    if (!topic)
      throw new UserError(
        vscode.l10n.t('No topic "{0}" for {1} any more.', args?.topicId ?? '', result.name),
      );
    const ref = await pickRelationship(
      s.locator,
      result.relationship,
      vscode.l10n.t('Add to Agenda'),
    );
    const active = vscode.window.activeTextEditor?.document.uri;
    const where = active ? s.locator.locate(active) : undefined;
    const outcome = await addTopicToAgenda(
      {
        slug: ref.slug,
        topic,
        open: where?.slug === ref.slug ? where.relative : undefined,
        date: args?.date,
        newLogTopics: editorTopics(s, ref),
      },
      workflowPorts(s, ref, vscode.l10n.t('Add to Agenda')),
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    const uri = recordUri(s.locator, ref, outcome.value.file);
    const name = vscode.workspace.asRelativePath(uri);
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    selectLast(editor, topic.title.slice(0, 40));
    void vscode.window.showInformationMessage(
      outcome.value.added
        ? vscode.l10n.t('Added "{0}" to the agenda of {1}.', topic.title, name)
        : vscode.l10n.t('"{0}" is on the agenda of {1} already.', topic.title, name),
    );
    return uri.fsPath;
  };
}

async function pickResult(s: Services) {
  const all = s.topics.all();
  if (all.length <= 1) return all[0];
  const picked = await vscode.window.showQuickPick(
    all.map((r) => ({ label: r.name, description: r.basis, result: r })),
    { title: vscode.l10n.t('Add to Agenda'), placeHolder: vscode.l10n.t('Which relationship?') },
  );
  if (!picked) throw new Cancelled();
  return picked.result;
}

async function pickTopic(topics: TopicsResultTopics) {
  const picked = await vscode.window.showQuickPick(
    topics.map((t) => ({ label: t.title, description: t.kind, detail: t.question, topic: t })),
    {
      title: vscode.l10n.t('Add to Agenda'),
      placeHolder: vscode.l10n.t('Which topic?'),
      matchOnDetail: true,
    },
  );
  if (!picked) throw new Cancelled();
  return picked.topic;
}

type TopicsResultTopics = NonNullable<ReturnType<Services['topics']['get']>>['topics'];
