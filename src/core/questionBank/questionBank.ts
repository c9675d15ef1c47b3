import type { BankQuestion } from './bankQuestion';
import { BUILTIN_QUESTIONS } from './builtinQuestions';
import { BUILTIN_CATEGORIES, type QuestionCategory } from './categories';
import type { QuestionBankFile } from './parseQuestionBank';

/** The whole bank: categories in display order and the questions in them. */
export interface QuestionBank {
  categories: QuestionCategory[];
  questions: BankQuestion[];
}

/**
 * Merges the built-in bank with a team's banks. Team questions join their category (a new
 * category when the id is new, listed after the built-in ones by id; a team file's title
 * relabels a built-in category). A question asked twice is kept once, with both tag lists.
 */
export function questionBank(team: readonly QuestionBankFile[] = []): QuestionBank {
  const categories = BUILTIN_CATEGORIES.map((c) => ({ ...c }));
  const extra: QuestionCategory[] = [];
  for (const f of [...team].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const known = categories.find((c) => c.id === f.category.id);
    if (known) known.label = f.category.label;
    else if (!extra.some((c) => c.id === f.category.id)) extra.push({ ...f.category });
  }
  extra.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  categories.push(...extra);
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const byText = new Map<string, BankQuestion>();
  const questions: BankQuestion[] = [];
  const sortedTeam = [...team].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const q of [...BUILTIN_QUESTIONS, ...sortedTeam.flatMap((f) => f.questions)]) {
    const key = normalQuestion(q.text);
    const seen = byText.get(key);
    if (seen) {
      seen.tags = [...new Set([...seen.tags, ...q.tags])];
      continue;
    }
    const copy = { ...q, tags: [...q.tags] };
    byText.set(key, copy);
    questions.push(copy);
  }
  // Stable: by category order, then as written.
  const indexed = questions.map((q, i) => ({ q, i }));
  indexed.sort(
    (a, b) => (order.get(a.q.category) ?? 0) - (order.get(b.q.category) ?? 0) || a.i - b.i,
  );
  return { categories, questions: indexed.map((x) => x.q) };
}

/** A question's text for comparing: lower case, single spaces, no closing punctuation. */
export function normalQuestion(text: string): string {
  const t = text.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean).join(' ');
  let end = t.length;
  // By hand: a regex anchored at the end would go quadratic on a long run of "?".
  while (end > 0 && '?.! '.includes(t[end - 1])) end--;
  return t.slice(0, end);
}
