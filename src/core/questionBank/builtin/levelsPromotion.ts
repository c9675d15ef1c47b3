/** Levels and promotion: evidence, brag documents and the STAR shape of a story. */
export const LEVELS_PROMOTION_QUESTIONS: readonly string[] = [
  'What does the next level ask of you that your current one does not? #promotion #levels',
  'Which of your recent pieces of work best show the next level? #promotion #evidence',
  'What goes into your brag document this month? #promotion #brag-document #evidence',
  'How would you tell the story of your biggest project as situation, task, action and result? #promotion #star #evidence',
  'What result of your work can you measure, and how? #promotion #impact #evidence',
  'Which part of the level description is hardest for you to show evidence for? #promotion #levels #gaps',
  'Who has seen your best work at the next level, and how did they see it? #promotion #visibility',
  'What would your promotion case look like if it were due next week? #promotion #evidence',
  'What feedback from peers would strengthen your case? #promotion #feedback #evidence',
  'How do you keep track of the work you do that nobody asks about? #promotion #brag-document #glue-work',
  'What does a promotion change for you beyond the title and the pay? #promotion #motivation',
  'Where does your case rely on scope you have been given rather than impact you have had? #promotion #impact',
  'What would you need to take on in the next six months to close the gap? #promotion #stretch #gaps',
];
