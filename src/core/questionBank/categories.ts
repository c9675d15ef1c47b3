/** A category of the question bank: an id (also a team bank's file name) and a label for people. */
export interface QuestionCategory {
  id: string;
  label: string;
}

/** The built-in categories, in the order they are listed. */
export const BUILTIN_CATEGORIES: readonly QuestionCategory[] = [
  { id: 'grow-goal', label: 'GROW: Goal' },
  { id: 'grow-reality', label: 'GROW: Reality' },
  { id: 'grow-options', label: 'GROW: Options' },
  { id: 'grow-will', label: 'GROW: Will (the way forward)' },
  { id: 'career', label: 'Career' },
  { id: 'technical-growth', label: 'Technical growth' },
  { id: 'code-review-feedback', label: 'Code review and feedback' },
  { id: 'wellbeing-workload', label: 'Wellbeing and workload' },
  { id: 'relationship', label: 'The relationship itself' },
  { id: 'reverse-peer', label: 'Reverse and peer mentoring' },
  { id: 'psychological-safety', label: 'Psychological safety and belonging' },
  { id: 'self-doubt', label: 'Self-doubt and imposter feelings' },
  { id: 'levels-promotion', label: 'Levels and promotion' },
  { id: 'feedback-sbi', label: 'Giving and receiving feedback' },
  { id: 'goal-setting', label: 'Goal setting (SMART, OKRs)' },
  { id: 'onboarding', label: 'Onboarding to a codebase or team' },
  { id: 'incidents', label: 'Incidents and blameless post-mortems' },
  { id: 'sponsorship-visibility', label: 'Sponsorship and visibility' },
  { id: 'group-peer', label: 'Group and peer mentoring' },
];

/** The ids of the built-in categories. */
export type BuiltinCategoryId =
  | 'grow-goal'
  | 'grow-reality'
  | 'grow-options'
  | 'grow-will'
  | 'career'
  | 'technical-growth'
  | 'code-review-feedback'
  | 'wellbeing-workload'
  | 'relationship'
  | 'reverse-peer'
  | 'psychological-safety'
  | 'self-doubt'
  | 'levels-promotion'
  | 'feedback-sbi'
  | 'goal-setting'
  | 'onboarding'
  | 'incidents'
  | 'sponsorship-visibility'
  | 'group-peer';
