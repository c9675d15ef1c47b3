import { hashOf } from './hashOf';
import { COLLABORATOR_QUESTIONS, STORY_QUESTIONS } from '../questionBank/storyQuestions';

/** `template` with `{s}` replaced by `subject` (split/join: a "$&" in repository text stays). */
function fill(template: string, subject: string): string {
  return template.split('{s}').join(subject);
}

/**
 * Tags from most to least telling: what happened to a story (released, a security fix, reverted,
 * fixed by others) says more about what to ask than that it was a feature.
 */
const TAG_ORDER = [
  // Only themes, review work and branch upkeep carry these, and what they are decides what to ask.
  'theme',
  'review-work',
  'upkeep',
  'release',
  'security',
  'backport',
  'revert',
  'followed-up',
  'rework',
  'help',
  'review',
  'new-dependency',
  'new-area',
  'new-language',
  'build-or-ci',
  'series',
  'large',
  'tests',
  'no-tests',
  'goal',
  'first',
  'fix',
  'feature',
  'small',
];

/** `tags` most telling first (TAG_ORDER); unknown tags last, in their order. */
function byTelling(tags: readonly string[]): string[] {
  const rank = (t: string) => {
    const i = TAG_ORDER.indexOf(t);
    return i < 0 ? TAG_ORDER.length : i;
  };
  return [...new Set(tags)].sort((a, b) => rank(a) - rank(b));
}

/**
 * Chooses the questions of a result's topics so that no two share one: each story gets the
 * unused question of the bank (STORY_QUESTIONS) that fits most of its tags, its most telling tag
 * (TAG_ORDER) counting double; ties go to a variant chosen by the topic's
 * id, so the same story gets the same question from run to run. Call `story` in rank order.
 */
export class QuestionChooser {
  private readonly usedTemplates = new Set<string>();
  private readonly usedTexts = new Set<string>();

  /** The question for a story with these tags and subject. */
  story(id: string, tags: readonly string[], subject: string): string {
    const wanted = new Map<string, number>();
    byTelling(tags).forEach((tag, i) => {
      if (!wanted.has(tag)) wanted.set(tag, i === 0 ? 2 : 1);
    });
    const h = hashOf(id);
    let best: string | undefined;
    let bestScore = -1;
    let bestTie = 0;
    STORY_QUESTIONS.forEach((q, i) => {
      if (this.usedTemplates.has(q.text)) return;
      // A question is about its first tag: asked of a story without it, it would be off-topic.
      // (Checked before the question is filled in: most questions fail here.)
      if (q.tags.length > 0 && !wanted.has(q.tags[0])) return;
      // "first" is a condition, not a theme: a question for a first release or first security
      // fix, asked after someone's tenth, reads as a claim that it was their first.
      if (q.tags.includes('first') && !wanted.has('first')) return;
      if (this.usedTexts.has(fill(q.text, subject))) return;
      let score = 0;
      for (const tag of q.tags) score += wanted.get(tag) ?? 0;
      const tie = (h + i * 2654435761) >>> 0;
      if (score > bestScore || (score === bestScore && tie < bestTie)) {
        best = q.text;
        bestScore = score;
        bestTie = tie;
      }
    });
    // More stories than questions: reuse the general ones (the subject keeps the text distinct).
    const template = best ?? this.reuse(subject);
    this.usedTemplates.add(template);
    const text = fill(template, subject);
    this.usedTexts.add(text);
    return text;
  }

  /** The question about the person the mentee learns from most. */
  collaborator(id: string, name: string): string {
    const template = COLLABORATOR_QUESTIONS[hashOf(id) % COLLABORATOR_QUESTIONS.length];
    const text = fill(template, name);
    this.usedTexts.add(text);
    return text;
  }

  /** True when a question text was already given in this result. */
  has(text: string): boolean {
    return this.usedTexts.has(text);
  }

  /** Records a question given by another rule, so stories do not repeat it. */
  add(text: string): void {
    this.usedTexts.add(text);
  }

  private reuse(subject: string): string {
    for (const q of STORY_QUESTIONS) {
      if (q.tags.length === 0 && !this.usedTexts.has(fill(q.text, subject))) return q.text;
    }
    return STORY_QUESTIONS[STORY_QUESTIONS.length - 1].text;
  }
}
