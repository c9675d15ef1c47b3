/** Self-doubt and imposter feelings: the gap between how it looks and how it feels. */
export const SELF_DOUBT_QUESTIONS: readonly string[] = [
  'When did you last feel like you did not belong in the room? #self-doubt #belonging',
  'What evidence do you have that you are good at your job? #self-doubt #evidence',
  'What would you say to a friend who described your situation the way you just did? #self-doubt #perspective',
  'Which of your recent wins do you find hardest to take credit for? #self-doubt #recognition',
  'What story do you tell yourself when a review comes back with many comments? #self-doubt #review #feedback',
  'How do you tell the difference between a real gap and a feeling of not being enough? #self-doubt #gaps',
  'Who around you seems confident, and what do you imagine they feel inside? #self-doubt #perspective',
  'What would you try if you were sure you could not be found out? #self-doubt #courage',
  'How does self-doubt show up in your work day to day? #self-doubt #awareness',
  'What helps you most when the feeling of being a fraud is strong? #self-doubt #coping',
  'What have you learned in the last year that you could not do before? #self-doubt #progress',
  'How would your work change if you trusted your own judgement a little more? #self-doubt #judgement',
];
