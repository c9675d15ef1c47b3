/** Psychological safety and belonging: speaking up, being wrong in public, fitting in. */
export const PSYCHOLOGICAL_SAFETY_QUESTIONS: readonly string[] = [
  'When do you feel most able to speak up in the team? #safety #voice',
  'What makes it harder to say "I don\'t know" here? #safety #learning',
  'How does the team react when someone admits a mistake? #safety #mistakes',
  'What would make it easier for you to disagree in a design review? #safety #voice #review',
  'Where in the team do you feel you belong most? #belonging #team',
  'What kinds of questions do you hold back, and what makes you hold them back? #safety #voice',
  'How would you like the team to respond when you ask for help? #safety #help',
  'What have you seen someone do here that made it safer to take a risk? #safety #risk',
  'What part of your background do you wish the team knew more about? #belonging #identity',
  'How do meetings feel for you when you are the newest or the quietest person in the room? #belonging #meetings',
  'What would you change about how we run retros so more people speak? #safety #retro',
  'What could I do differently so that bad news reaches me early? #safety #trust',
  'How do you know when it is safe to push back on a decision? #safety #voice #decision',
];
