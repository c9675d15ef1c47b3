/** Sponsorship and visibility: who speaks for your work when you are not in the room. */
export const SPONSORSHIP_VISIBILITY_QUESTIONS: readonly string[] = [
  'What do people say about your work when you are not in the room? #sponsorship #visibility',
  'What would you like a sponsor to say about you in a calibration meeting? #sponsorship #promotion',
  'Which leader outside your team knows what you do? #visibility #network',
  'How do people outside the team hear about the work you finish? #visibility #communication',
  'What opportunity would you like someone to put your name forward for? #sponsorship #stretch',
  'What makes you hesitate to share your work more widely? #visibility #self-doubt',
  'Where could you present or write about something you built this quarter? #visibility #writing #talk',
  'How do you make your glue work visible without it sounding like boasting? #visibility #glue-work',
  'What is the difference, for you, between a mentor and a sponsor? #sponsorship #mentoring',
  'How could I help more people see the impact of your work? #sponsorship #relationship',
  'Who have you helped get noticed, and how did you do it? #sponsorship #giving-back',
  'What would change for you if your work were twice as visible? #visibility #motivation',
];
