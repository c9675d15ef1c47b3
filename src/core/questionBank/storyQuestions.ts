/**
 * Questions about one story of the mentee's work (a learning topic), `{s}` standing for the
 * story ("the 3.1.0 release", "“pool: add retry”"). They are kept apart from the session bank
 * (builtinQuestions.ts) because they name a story and only make sense beside it. Each is open,
 * asks about what happened rather than what went wrong, and is tagged with the facets it fits,
 * the first tag being what it is about (a story without that facet never gets it):
 * the topic picks the best fit it has not used yet (storyQuestion.ts), so different stories get
 * different questions. The question checker passes every one for any subject (unit-tested).
 */
export interface StoryQuestion {
  text: string;
  /** Facets and story kinds it fits (see storyTags in storyQuestion.ts). */
  tags: readonly string[];
}

/** The story questions, most general last. */
export const STORY_QUESTIONS: readonly StoryQuestion[] = [
  // Themes (themeTopics.ts): `{s}` is "the three fixes to shell/completion.bash".
  { text: 'Which of {s} taught you the most, and why?', tags: ['theme'] },
  {
    text: 'What do {s} have in common, and what do they tell you about that code?',
    tags: ['theme'],
  },
  // Never about problems: a theme of changes need not hold one fix, and a question's first tag
  // is all the chooser checks.
  { text: 'What did {s} show you about how that part of the code works?', tags: ['theme'] },
  { text: 'What did you learn about the release process while shipping {s}?', tags: ['release'] },
  { text: 'How did you decide what went into {s}, and what waited?', tags: ['release'] },
  {
    text: 'What would you tell someone preparing their first release, after {s}?',
    tags: ['release', 'first'],
  },
  { text: 'How did you check that {s} was ready for users?', tags: ['release', 'tests'] },
  { text: 'How did you decide which changes belonged in {s}?', tags: ['backport'] },
  {
    text: 'What did you have to adapt when you carried {s} to the older branch?',
    tags: ['backport'],
  },
  {
    text: 'How was the problem behind {s} found, and how did you judge its impact?',
    tags: ['security'],
  },
  { text: 'What did {s} teach you about handling a security report?', tags: ['security', 'first'] },
  {
    text: 'How did you test {s} without giving the problem away early?',
    tags: ['security', 'tests'],
  },
  { text: 'What happened before and after {s} was reverted?', tags: ['revert'] },
  { text: 'What did the revert around {s} show you about the code near it?', tags: ['revert'] },
  {
    text: 'How did the later changes to {s} come about, and what did they teach you?',
    tags: ['rework'],
  },
  { text: 'What did you find out about {s} after it landed?', tags: ['rework'] },
  {
    text: 'How did you hear that {s} needed another change, and what happened next?',
    tags: ['rework', 'followed-up'],
  },
  { text: 'What did the follow-up by others to {s} show you?', tags: ['followed-up'] },
  { text: 'How did the review of {s} change what you shipped?', tags: ['help', 'review'] },
  { text: 'What did you learn from the people who reviewed {s}?', tags: ['help'] },
  {
    text: 'Which piece of feedback on {s} would you pass on to someone else?',
    tags: ['help', 'review'],
  },
  // Review work (reviewTopics.ts): {s} is "pull requests from Ana Lee".
  { text: 'What do you look for first when you review {s}?', tags: ['review-work'] },
  {
    text: 'How do you decide that {s} are ready to merge, and when do you ask for changes?',
    tags: ['review-work'],
  },
  {
    text: 'What has reviewing {s} taught you about the code and about giving feedback?',
    tags: ['review-work'],
  },
  // Branch upkeep: {s} is "merging stable and 4.x".
  {
    text: 'What can go wrong when {s}, and how do you check the result?',
    tags: ['upkeep'],
  },
  { text: 'Which conflicts came up while {s}, and how did you settle them?', tags: ['upkeep'] },
  { text: 'How did you split {s} into patches, and what guided the order?', tags: ['series'] },
  { text: 'What did you do to make {s} easy to review?', tags: ['series', 'large'] },
  { text: 'How did you plan {s} before you started writing it?', tags: ['large'] },
  { text: 'What was the riskiest part of {s}, and how did you handle it?', tags: ['large'] },
  { text: 'What did writing the tests for {s} teach you about the code?', tags: ['tests'] },
  { text: 'How did the tests shape the way you wrote {s}?', tags: ['tests'] },
  { text: 'How do you know {s} works, and how would someone else know?', tags: ['no-tests'] },
  { text: 'What would a test for {s} look like?', tags: ['no-tests'] },
  {
    text: 'How did you find your way around the new code for {s}, and who or what helped?',
    tags: ['new-area'],
  },
  { text: 'What would you tell the next person starting on code like {s}?', tags: ['new-area'] },
  { text: 'What did writing {s} in a language new to you teach you?', tags: ['new-language'] },
  {
    text: 'Why did you choose the new dependency in {s}, and which alternatives did you weigh?',
    tags: ['new-dependency'],
  },
  {
    text: 'What does the dependency added in {s} cost the project over time?',
    tags: ['new-dependency'],
  },
  {
    text: 'What did {s} teach you about how the project is built and shipped?',
    tags: ['build-or-ci'],
  },
  { text: 'How does {s} move your goal forward, and what is still in the way?', tags: ['goal'] },
  { text: 'What did you find when you tracked down the cause behind {s}?', tags: ['fix'] },
  { text: 'How did you narrow down the problem that {s} fixes?', tags: ['fix'] },
  { text: 'What did {s} teach you about the code around it?', tags: ['fix', 'small'] },
  { text: 'Which part of {s} surprised you most while working on it?', tags: ['feature'] },
  {
    text: 'How would you explain the design of {s} to someone joining the team?',
    tags: ['feature'],
  },
  { text: 'What trade-offs did you weigh in {s}?', tags: ['feature'] },
  { text: 'What did you learn from working on {s}?', tags: [] },
  { text: 'What would you do the same way again in {s}, and what differently?', tags: [] },
  { text: 'Where did {s} take longer than you expected, and why?', tags: [] },
  { text: 'Who else would benefit from hearing how {s} went?', tags: [] },
  { text: 'What is the part of {s} you are proudest of?', tags: [] },
];

/** Questions about the person the mentee learns from most, `{s}` standing for their name. */
export const COLLABORATOR_QUESTIONS: readonly string[] = [
  'What have you learned from {s} through their reviews and help?',
  'How has working with {s} changed the way you prepare a change?',
  'What would you like to learn next from {s}?',
];
