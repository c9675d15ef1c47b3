import type { ReflectionTemplate } from './reflectionTemplate';

const builtin = (t: Omit<ReflectionTemplate, 'source'>): ReflectionTemplate => ({
  ...t,
  source: 'built-in',
});

/**
 * The built-in reflection templates, written for this product. Every prompt is an open question
 * (a unit test holds them to the question checker).
 */
export const BUILTIN_REFLECTIONS: readonly ReflectionTemplate[] = [
  builtin({
    id: 'before-we-start',
    title: 'Before we start',
    description:
      'A look at yourself before the mentoring begins: strengths, gaps, goals, challenges',
    when: 'start',
    body: `### Strengths
What are you already good at, and how do you know?

### Gaps
Which skills or experiences are missing for the work you want to do?

### Goals
What would you like to be different when this mentoring ends?

### Challenges
What is likely to get in the way, at work or outside it?

### What I want from a mentor
How would you like your mentor to help, and what would you rather work out yourself?`,
  }),
  builtin({
    id: 'what-so-what-now-what',
    title: 'What? So what? Now what?',
    description: 'Three steps: describe what happened, make sense of it, decide what comes next',
    when: 'after-session',
    body: `### What?
What happened? Describe it plainly, as if to someone who was not there.

### So what?
Why does it matter? What does it tell you about your work, your team or yourself?

### Now what?
What will you do with this, and what would show that it made a difference?`,
  }),
  builtin({
    id: 'gibbs',
    title: "Gibbs' reflective cycle",
    description: 'Six stages: description, feelings, evaluation, analysis, conclusion, action plan',
    when: 'after-session',
    body: `### Description
What happened, in order?

### Feelings
What were you thinking and feeling at the time?

### Evaluation
What went well, and what went badly?

### Analysis
What sense can you make of it? Which ideas, people or past experiences help explain it?

### Conclusion
What else could you have done, and what have you learned?

### Action plan
If it came up again, what would you do?`,
  }),
  builtin({
    id: 'four-ls',
    title: '4Ls: liked, learned, lacked, longed for',
    description: 'What you liked, learned, lacked and longed for since the last session',
    when: 'after-session',
    body: `### Liked
What did you enjoy or appreciate?

### Learned
What do you know now that you did not know before?

### Lacked
What was missing: time, information, help, tools?

### Longed for
What do you wish had happened, or wish for next?`,
  }),
  builtin({
    id: 'start-stop-continue',
    title: 'Start, Stop, Continue',
    description: 'Habits to start, habits to stop, and what is working and should carry on',
    when: 'any',
    body: `### Start
What will you begin doing, and why now?

### Stop
What is costing more than it gives, and what would it take to let it go?

### Continue
What is working and deserves to be kept on purpose?`,
  }),
  builtin({
    id: 'rose-thorn-bud',
    title: 'Rose, Thorn, Bud',
    description: 'A highlight, a difficulty, and something new that is starting to grow',
    when: 'any',
    body: `### Rose
What was a highlight, and what made it go well?

### Thorn
What was hard, and what did it ask of you?

### Bud
What is just starting that you would like to grow?`,
  }),
  builtin({
    id: 'relationship-check-in',
    title: 'Relationship check-in',
    description: 'How is this mentoring working for each of us?',
    when: 'any',
    body: `### For the mentee
What is this mentoring giving you, and what would you change about it?

### For the mentor
What are you learning from this relationship, and where could you help more?

### How we work
How well do our rhythm, channels and agenda suit us both?

### Trust and openness
How easy is it to bring up difficult topics here, and what would make it easier?`,
  }),
  builtin({
    id: 'end-of-relationship',
    title: 'End-of-relationship review',
    description: 'Looking back on the whole relationship: what each of us learned, both ways',
    when: 'end',
    body: `### The goals
How far did we get on the goals we set, and what changed along the way?

### What the mentee learned
Which skills, habits or confidence did you gain, and where do they show?

### What the mentor learned
What did you learn from your mentee, about the work or about mentoring?

### What made it work
What helped this relationship most, and what held it back?

### What comes next
How will you keep growing from here, and who else could help?`,
  }),
];
