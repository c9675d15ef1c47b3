import { dateProblem } from '../dates';
import { problem, type Problem } from '../problem';
import { findSection, literalLines, readTaskLine, type TaskLine } from '../text/markdown';
import type { RecordDocument } from './recordDocument';
import { t } from '../l10n';

/** An action item: a task-list line under `## Action items`. */
export interface ActionItem {
  /** The item's text after the checkbox, as written (tokens included). */
  text: string;
  done: boolean;
  /** Struck out with `~~...~~`: no longer tracked. */
  dropped: boolean;
  owner?: string;
  due?: string;
  goal?: string;
  /** 1-based line of the item in its file. */
  line: number;
  /** Offset of the checkbox character, for ticking. */
  markOffset: number;
  /** Offset where the text after the checkbox starts. */
  textStart: number;
}

/** The section that holds action items. */
export const ACTION_ITEMS_SECTION = 'Action items';

// An owner may open a struck-out item (`~~@alex ...~~`) or stand in brackets.
const OWNER = /(?:^|[\s~(])@([\p{L}\p{N}._-]+)/u;
const DUE = /\(due (\S+?)\)/i;
const GOAL = /(?:^|\s)#(G\d+)\b/;

/** Reads the owner, due date and goal tokens of an item's text. */
export function readItemTokens(text: string): { owner?: string; due?: string; goal?: string } {
  return {
    owner: OWNER.exec(text)?.[1],
    due: DUE.exec(text)?.[1],
    goal: GOAL.exec(text)?.[1],
  };
}

/** True when the item's text is struck out as a whole. */
export function isStruckOut(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.startsWith('~~') && t.endsWith('~~');
}

/** Reads the action items of a session document; bad due dates become problems. */
export function readActionItems(doc: RecordDocument, problems: Problem[]): ActionItem[] {
  const section = findSection(doc.sections, ACTION_ITEMS_SECTION);
  if (!section) return [];
  const items: ActionItem[] = [];
  // A task line in a code block is an example, not an item; ticking it would edit the example.
  const literal = literalLines(doc.lines, section.bodyFrom, section.bodyTo);
  for (let i = section.bodyFrom; i < section.bodyTo; i++) {
    if (literal.has(i)) continue;
    const task = readTaskLine(doc.lines[i], i);
    if (!task) continue;
    items.push(toItem(task));
    const due = items[items.length - 1].due;
    const why = due === undefined ? undefined : dateProblem(due);
    if (why) {
      const col = task.line.text.indexOf('(due') + 1;
      problems.push(
        problem(
          doc.file,
          task.line.number,
          col,
          'warning',
          'invalid-date',
          t('Due date: {0}.', why),
        ),
      );
    }
  }
  return items;
}

function toItem(task: TaskLine): ActionItem {
  return {
    text: task.text,
    done: task.done,
    dropped: isStruckOut(task.text),
    ...readItemTokens(task.text),
    line: task.line.number,
    markOffset: task.markOffset,
    textStart: task.textStart,
  };
}
