import * as z from 'zod/mini';
import { problem, type Problem } from '../problem';
import { checkFrontMatter } from '../records/frontMatterSchema';
import { readRecordDocument } from '../records/recordDocument';
import { slugify } from '../slug';
import { checkQuestion } from '../questionCheck/checkQuestion';
import { literalLines, readTaskLine } from '../text/markdown';
import { splitTags, type BankQuestion } from './bankQuestion';
import { BUILTIN_CATEGORIES, type QuestionCategory } from './categories';
import { t } from '../l10n';

/** Keys a team bank's front matter knows. */
export const QUESTION_BANK_KEYS = ['category', 'title'] as const;

const bankFrontMatterSchema = z.object({
  category: z.optional(
    z
      .string()
      .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case words joined by "-"')),
  ),
  title: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be empty'))),
});

/** A team's question bank file, read: its category, its questions and what is wrong with it. */
export interface QuestionBankFile {
  file: string;
  category: QuestionCategory;
  questions: BankQuestion[];
  problems: Problem[];
}

const LIST_ITEM = /^[ \t]{0,3}[-*+][ \t]+(.*)$/;

/**
 * Reads a team bank (`<root>/templates/questions/<bank>.md`): optional front matter with
 * `category` and `title`, then a markdown list, one question an item, tags at the end as
 * `#tag`. The category is the front matter's, else the file's base name. A question the checker
 * finds closed or leading gets a hint, so a team's bank stays a bank of open questions.
 */
export function parseQuestionBank(file: string, text: string): QuestionBankFile {
  const base = file.split(/[\\/]/).pop() ?? file;
  const fallbackId = slugify(base.replace(/\.md$/i, '')) || 'team';
  const result: QuestionBankFile = {
    file,
    category: { id: fallbackId, label: labelOf(fallbackId) },
    questions: [],
    problems: [],
  };
  const doc = readRecordDocument(file, text, { frontMatter: 'optional' });
  result.problems.push(...doc.problems);
  if (doc.fatal) return result;
  if (doc.frontMatter) {
    const fm = checkFrontMatter(file, doc.frontMatter, bankFrontMatterSchema, QUESTION_BANK_KEYS);
    result.problems.push(...fm.problems);
    const id = fm.value?.category ?? fallbackId;
    result.category = { id, label: fm.value?.title ?? labelOf(id) };
  }
  const bodyFrom = doc.frontMatter?.block.closeLine ?? 0;
  const literal = literalLines(doc.lines, bodyFrom);
  for (let i = bodyFrom; i < doc.lines.length; i++) {
    if (literal.has(i)) continue;
    const line = doc.lines[i];
    const item = readTaskLine(line, i)?.text ?? LIST_ITEM.exec(line.text)?.[1];
    if (item === undefined) continue;
    const { text: question, tags } = splitTags(item);
    if (!question) {
      result.problems.push(
        problem(file, line.number, 1, 'warning', 'empty-question', t('List item has no question.')),
      );
      continue;
    }
    const finding = checkQuestion(question);
    if (finding) {
      result.problems.push(
        problem(
          file,
          line.number,
          1,
          'hint',
          `${finding.kind}-question`,
          t(
            'A {0} question in a bank of open ones; perhaps: "{1}"',
            finding.kind,
            finding.suggestions[0],
          ),
        ),
      );
    }
    result.questions.push({ text: question, category: result.category.id, tags, source: file });
  }
  if (result.questions.length === 0) {
    result.problems.push(
      problem(
        file,
        1,
        1,
        'warning',
        'empty-bank',
        t(
          'No questions found: write one question a list item, such as "- What did you learn? #learning".',
        ),
      ),
    );
  }
  return result;
}

function labelOf(id: string): string {
  const builtin = BUILTIN_CATEGORIES.find((c) => c.id === id);
  if (builtin) return builtin.label;
  const words = id.replace(/-/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}
