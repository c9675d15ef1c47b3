import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { questionBank, type QuestionBank } from '../../core/questionBank/questionBank';
import { questionForSession } from '../../core/questionBank/questionForSession';
import { rankQuestions, type QuestionContext } from '../../core/questionBank/rankQuestions';
import { COMMANDS } from '../ids';
import { pickRelationship } from '../pickRelationship';
import { openQuestions } from '../../workflows/openQuestions';
import { relationshipKey } from '../recordsLocator';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';

/** Arguments that skip the prompts. */
export interface InsertOpenQuestionArgs {
  slug?: string;
  /** A category id (`grow-goal`, `career`, a team bank's id). */
  category?: string;
  /** Pick "a question for this session" (within `category`, when given) instead of asking. */
  forSession?: boolean;
}

const FOR_SESSION = '\0session';
const ALL = '\0all';

/**
 * Insert Open Question: a question from the bank (built in, plus the team's
 * `templates/questions/*.md`), filtered by category and ranked by the relationship's goals, its
 * current learning topics and what is already queued; or "a question for this session", one that
 * fits. It goes in at the cursor of a markdown editor, else into the relationship's queue.
 */
export function insertOpenQuestionCommand(s: Services) {
  return async (args?: InsertOpenQuestionArgs): Promise<string> => {
    const editor = vscode.window.activeTextEditor;
    const markdown = editor?.document.languageId === 'markdown' ? editor : undefined;
    const here = editor ? s.locator.locate(editor.document.uri)?.slug : undefined;
    const hasRecords = (await s.locator.relationships()).length > 0;
    if (!markdown && !hasRecords)
      throw new UserError(
        vscode.l10n.t('Open a markdown file to insert a question into, or set up mentoring records to queue it.'),
      );
    const ref = hasRecords
      ? await pickRelationship(s.locator, args?.slug ?? here, vscode.l10n.t('Insert Open Question'))
      : undefined;
    // Without a relationship the bank is still the team's (every folder's), unranked by goals.
    let bank = questionBank([]);
    let context: QuestionContext = {};
    const folder = ref?.folder ?? s.locator.folders()[0];
    if (folder) {
      const loaded = await openQuestions(
        { slug: ref?.slug, topics: ref ? s.topics.get(relationshipKey(ref))?.topics : undefined },
        workflowPorts(
          s,
          ref ?? { slug: '', folder, dir: s.locator.rootOf(folder) },
          vscode.l10n.t('Insert Open Question'),
        ),
      );
      if (!loaded.ok) throw failureError(loaded.failure);
      for (const p of loaded.value.problems) s.log.warn(`Question bank ${p.file}: ${p.message}`);
      ({ bank, context } = loaded.value);
    }
    const today = toIsoDate(s.now());
    const choice = args?.forSession
      ? FOR_SESSION
      : (args?.category ?? (await pickCategory(bank, context, today)));
    let question: string;
    if (choice === FOR_SESSION) {
      const picked = questionForSession(
        bank.questions,
        { ...context, category: args?.category },
        `${ref?.slug ?? ''}${today}`,
      );
      if (!picked) throw new UserError(vscode.l10n.t('The question bank is empty.'));
      question = picked.text;
    } else {
      const category = choice === ALL ? undefined : choice;
      if (category && !bank.categories.some((c) => c.id === category))
        throw new UserError(
          vscode.l10n.t('No question category "{0}" (known: {1}).', category, bank.categories.map((c) => c.id).join(', ')),
        );
      question = await pickQuestion(bank, { ...context, category });
    }
    if (markdown) {
      const start = markdown.selection.start;
      const ok = await markdown.edit((b) => b.replace(markdown.selection, question));
      if (!ok) throw new UserError(vscode.l10n.t('The editor did not accept the question; try again.'));
      // Select what went in, so it can be read, changed or undone at once.
      const end = markdown.document.positionAt(markdown.document.offsetAt(start) + question.length);
      markdown.selection = new vscode.Selection(start, end);
      markdown.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Inserted an open question; Undo takes it out.'), 5000);
    } else {
      await vscode.commands.executeCommand(COMMANDS.queueQuestion, {
        slug: `${ref!.folder.name}/${ref!.slug}`,
        text: question,
      });
    }
    return question;
  };
}

async function pickCategory(
  bank: QuestionBank,
  context: QuestionContext,
  today: string,
): Promise<string> {
  const suggestion = questionForSession(bank.questions, context, today);
  const count = (id: string) => bank.questions.filter((q) => q.category === id).length;
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('$(star) A question for this session'),
        description: suggestion?.text,
        id: FOR_SESSION,
      },
      { label: vscode.l10n.t('All categories'), description: `${bank.questions.length} questions`, id: ALL },
      ...bank.categories.map((c) => ({
        label: c.label,
        description: `${count(c.id)} questions`,
        id: c.id,
      })),
    ],
    { title: vscode.l10n.t('Insert Open Question'), placeHolder: vscode.l10n.t('Which kind of question?') },
  );
  if (!picked) throw new Cancelled();
  return picked.id;
}

async function pickQuestion(bank: QuestionBank, context: QuestionContext): Promise<string> {
  const label = new Map(bank.categories.map((c) => [c.id, c.label]));
  const ranked = rankQuestions(bank.questions, context);
  const picked = await vscode.window.showQuickPick(
    ranked.map((q) => ({
      label: q.text,
      description: label.get(q.category) ?? q.category,
      detail: q.matched.length
        ? vscode.l10n.t('fits: {0}', q.matched.join(', '))
        : q.recent
          ? vscode.l10n.t('asked lately')
          : undefined,
    })),
    {
      title: vscode.l10n.t('Insert Open Question'),
      placeHolder: vscode.l10n.t('Type to filter; the best fits for the goals and topics come first'),
      matchOnDescription: true,
    },
  );
  if (!picked) throw new Cancelled();
  return picked.label;
}
