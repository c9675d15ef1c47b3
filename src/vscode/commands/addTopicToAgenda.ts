import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { addAgendaTopic } from '../../core/edits/addAgendaTopic';
import { readRecordDocument } from '../../core/records/recordDocument';
import type { SessionRecord } from '../../core/records/relationship';
import { formatAgendaTopics } from '../../core/topics/formatTopics';
import { applyCoreEdit } from '../documentEdits';
import { COMMANDS } from '../ids';
import { pickRelationship } from '../pickRelationship';
import { recordUri, loadRelationship } from '../relationshipLoader';
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
      throw new UserError('Surface Learning Topics first: there are no topics to add yet.');
    const topic = args?.topicId
      ? result.topics.find((t) => t.id === args.topicId)
      : await pickTopic(result.topics);
    if (!topic) throw new UserError(`No topic "${args?.topicId}" for ${result.name} any more.`);
    const ref = await pickRelationship(s.locator, result.relationship, 'Add to Agenda');
    const today = args?.date ?? toIsoDate(s.now());
    const upcoming = (r: SessionRecord) => r.date >= today;
    let rel = await loadRelationship(ref);
    // The log being prepared: the one open in the editor when it is not an earlier (held)
    // session, else the next one dated today or later; with none, today's is created.
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    let session =
      rel.sessions.find(
        (r) => upcoming(r) && recordUri(s.locator, ref, r.file).toString() === active,
      ) ?? rel.sessions.find(upcoming);
    if (!session) {
      await vscode.commands.executeCommand(COMMANDS.newSession, {
        slug: result.relationship,
        date: today,
      });
      rel = await loadRelationship(ref);
      session = rel.sessions.find((r) => r.date === today);
      if (!session) throw new UserError(`Could not create the session log for ${today}.`);
    }
    const uri = recordUri(s.locator, ref, session.file);
    const name = vscode.workspace.asRelativePath(uri);
    const line = formatAgendaTopics([topic], 1);
    const added = await applyCoreEdit(s.locator.rootOf(ref.folder), uri, (text) =>
      addAgendaTopic(readRecordDocument(name, text, { frontMatter: 'required' }), line),
    );
    if (!added)
      void vscode.window.showInformationMessage(
        `"${topic.title}" is on the agenda of ${name} already.`,
      );
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri.fsPath;
  };
}

async function pickResult(s: Services) {
  const all = s.topics.all();
  if (all.length <= 1) return all[0];
  const picked = await vscode.window.showQuickPick(
    all.map((r) => ({ label: r.name, description: r.basis, result: r })),
    { title: 'Add to Agenda', placeHolder: 'Which relationship?' },
  );
  if (!picked) throw new Cancelled();
  return picked.result;
}

async function pickTopic(topics: TopicsResultTopics) {
  const picked = await vscode.window.showQuickPick(
    topics.map((t) => ({ label: t.title, description: t.kind, detail: t.question, topic: t })),
    { title: 'Add to Agenda', placeHolder: 'Which topic?', matchOnDetail: true },
  );
  if (!picked) throw new Cancelled();
  return picked.topic;
}

type TopicsResultTopics = NonNullable<ReturnType<Services['topics']['get']>>['topics'];
