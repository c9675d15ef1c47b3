/** Incidents and blameless post-mortems: what happened, what the system allowed, what we learn. */
export const INCIDENTS_QUESTIONS: readonly string[] = [
  'What was happening when you first noticed something was wrong? #incident #timeline',
  'What did you know at each step, and what did you not know yet? #incident #timeline #context',
  'What made the decision you took seem like the right one at the time? #incident #blameless #decision',
  'Which signals were there that nobody could see in the moment? #incident #monitoring',
  'What in the system made this failure possible? #incident #blameless #systems',
  'How did it feel to be on call when it happened? #incident #on-call #wellbeing',
  'What helped you most during the incident? #incident #response',
  'What would make the next incident of this kind shorter? #incident #follow-up',
  'Which follow-up action matters most to you, and what makes it matter? #incident #follow-up #priorities',
  'How could the post-mortem focus on the system rather than on a person? #incident #blameless #post-mortem',
  'What did this incident teach you about the service that the docs did not? #incident #learning #documentation',
  'How would you explain what happened to someone who joins the team next year? #incident #post-mortem #learning',
];
