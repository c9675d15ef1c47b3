/** Onboarding to a codebase or a team: the map, the people, the unwritten rules. */
export const ONBOARDING_QUESTIONS: readonly string[] = [
  'What part of the codebase do you understand best so far? #onboarding #codebase',
  'Which part of the system still feels like a black box to you? #onboarding #codebase #gaps',
  'How did you find your way around the code this week? #onboarding #codebase #learning',
  'What question have you been wanting to ask but not found the right person for? #onboarding #people #help',
  'What surprised you about how the team works? #onboarding #team #culture',
  'Which unwritten rule did you discover the hard way? #onboarding #culture',
  'What would have made your first week easier? #onboarding #process',
  'Who have you met so far that you would like to learn from? #onboarding #people #network',
  'What small change could you ship soon to learn the release path end to end? #onboarding #first-change #release',
  'How would you draw the architecture as you understand it today? #onboarding #architecture',
  'What do you want to be able to do on your own by the end of your first month? #onboarding #goal',
  'What in our onboarding docs was out of date or missing? #onboarding #documentation',
  'How are you finding the pace of the team so far? #onboarding #pace #wellbeing',
];
