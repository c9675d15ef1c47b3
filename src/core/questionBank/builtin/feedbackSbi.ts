/** Giving and receiving feedback, in the situation, behaviour, impact shape. */
export const FEEDBACK_SBI_QUESTIONS: readonly string[] = [
  'What feedback are you holding on to that someone needs to hear? #feedback #giving',
  'What was the situation, exactly, when it happened? #feedback #sbi #situation',
  'What did the person do or say that you could have seen or heard? #feedback #sbi #behaviour',
  'What was the impact of that behaviour on you or on the work? #feedback #sbi #impact',
  'How could you describe the behaviour without a judgement of the person? #feedback #sbi #behaviour',
  'How do you prefer to receive feedback that is hard to hear? #feedback #receiving',
  'What do you do in the first hour after you get critical feedback? #feedback #receiving #coping',
  'What feedback have you been given that turned out to be right later? #feedback #receiving #reflection',
  'How would you open the conversation so the other person can hear it? #feedback #giving #conversation',
  'What would you like the other person to do differently next time? #feedback #giving #request',
  'What stops you from giving positive feedback more often? #feedback #giving #recognition',
  'How will you know whether your feedback landed the way you meant it? #feedback #giving #follow-up',
  'What feedback would you like from me that you are not getting? #feedback #receiving #relationship',
];
