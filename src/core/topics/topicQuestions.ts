import { hashOf } from './hashOf';
import type { TopicKind } from './topic';

/** What a question needs to know about a topic: its id (for the variant), kind and subject. */
export interface QuestionTopic {
  id: string;
  kind: TopicKind;
  /** What the topic is about ("src/db", "zod"); the kind's general wording when absent. */
  subject?: string;
}

/**
 * Our own open questions per kind, two or three each, `{s}` standing for the subject. They are a
 * placeholder for the team's question bank: questionFor is the seam that will read it instead.
 * Every one opens with How/What/Why/Where/Which/Who so that it cannot be answered yes or no.
 */
export const QUESTION_TEMPLATES: Record<TopicKind | 'tests-without', readonly string[]> = {
  area: [
    'What did you learn about {s} from the work you did there?',
    'How would you explain the design of {s} to someone joining the team?',
    'Which part of {s} surprised you most while working on it?',
  ],
  'new-area': [
    'What did you learn about {s} while working there for the first time?',
    'How did you find your way around {s}, and who or what helped?',
    'What would you tell the next person starting in {s}?',
  ],
  'new-language': [
    'What did writing {s} for the first time teach you?',
    'How does {s} change the way you approach a problem, compared with what you knew?',
    'What was hardest to get used to in {s}?',
  ],
  'new-dependency': [
    'Why did you choose {s}, and which alternatives did you weigh?',
    'What does adding {s} cost the project over time, and how did you decide it was worth it?',
    'What did you look at when you evaluated {s}?',
  ],
  'build-or-ci': [
    'What did changing {s} teach you about how the project is built and shipped?',
    'How did you check your change to {s} before it ran for everyone?',
    'What happens between a commit and a release, now that you have worked on {s}?',
  ],
  rework: [
    'What made {s} need several rounds of changes?',
    'What would you do differently the first time, looking back at the changes to {s}?',
    'How did you find out that {s} needed another change?',
  ],
  revert: [
    'What led to the revert of {s}, and what did you learn from it?',
    'How was the problem with {s} noticed, and what would catch it earlier next time?',
    'What happened before and after {s} was reverted?',
  ],
  'large-change': [
    'How did you plan {s}, and how might you split a change like it next time?',
    'What did you do to make {s} easy to review?',
    'What was the riskiest part of {s}, and how did you handle it?',
  ],
  tests: [
    'What did writing tests for {s} teach you about the code?',
    'How did the tests change the way you wrote {s}?',
    'What was hardest to test in {s}, and why?',
  ],
  'tests-without': [
    'How do you know your recent changes in {s} work, and how would someone else know?',
    'What would a test for your recent changes in {s} look like?',
    'Which of your changes in {s} would you most want a test for, and why?',
  ],
  pairing: [
    'What did you learn from working with {s}?',
    'How did pairing with {s} change the way you worked?',
    'What would you like to learn next from {s}?',
  ],
  story: [
    'What did you learn from working on {s}?',
    'What would you do the same way again in {s}, and what differently?',
  ],
  collaborator: [
    'What have you learned from {s} through their reviews and help?',
    'What would you like to learn next from {s}?',
  ],
  goal: [
    'How does this work move {s} forward?',
    'What have you learned toward {s}, and what is still in the way?',
    'Where do you stand on {s} now, and what comes next?',
  ],
};

/** What a question says when the topic has no subject. */
const GENERAL: Record<TopicKind, string> = {
  area: 'this part of the code',
  'new-area': 'this part of the code',
  'new-language': 'this language',
  'new-dependency': 'this dependency',
  'build-or-ci': 'the build',
  rework: 'this code',
  revert: 'this change',
  'large-change': 'this change',
  tests: 'this code',
  pairing: 'your co-author',
  goal: 'your goal',
  story: 'this work',
  collaborator: 'the people who helped',
};

/** One open question for a topic, fitting its kind, chosen by its id among our variants. */
export function questionFor(topic: QuestionTopic): string {
  const key =
    topic.kind === 'tests' && topic.id.endsWith(':without') ? 'tests-without' : topic.kind;
  const variants = QUESTION_TEMPLATES[key];
  const template = variants[hashOf(topic.id) % variants.length];
  const subject =
    topic.subject !== undefined && topic.subject !== '' ? topic.subject : GENERAL[topic.kind];
  // split/join, not replace: a "$&" in repository text must stay as it is.
  return template.split('{s}').join(subject);
}
