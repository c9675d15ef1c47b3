import { splitTags, type BankQuestion } from './bankQuestion';
import type { BuiltinCategoryId } from './categories';
import { CAREER_QUESTIONS } from './builtin/career';
import { CODE_REVIEW_FEEDBACK_QUESTIONS } from './builtin/codeReviewFeedback';
import { GROW_GOAL_QUESTIONS } from './builtin/growGoal';
import { GROW_OPTIONS_QUESTIONS } from './builtin/growOptions';
import { GROW_REALITY_QUESTIONS } from './builtin/growReality';
import { GROW_WILL_QUESTIONS } from './builtin/growWill';
import { RELATIONSHIP_QUESTIONS } from './builtin/relationship';
import { REVERSE_PEER_QUESTIONS } from './builtin/reversePeer';
import { TECHNICAL_GROWTH_QUESTIONS } from './builtin/technicalGrowth';
import { WELLBEING_WORKLOAD_QUESTIONS } from './builtin/wellbeingWorkload';
import { PSYCHOLOGICAL_SAFETY_QUESTIONS } from './builtin/psychologicalSafety';
import { SELF_DOUBT_QUESTIONS } from './builtin/selfDoubt';
import { LEVELS_PROMOTION_QUESTIONS } from './builtin/levelsPromotion';
import { FEEDBACK_SBI_QUESTIONS } from './builtin/feedbackSbi';
import { GOAL_SETTING_QUESTIONS } from './builtin/goalSetting';
import { ONBOARDING_QUESTIONS } from './builtin/onboarding';
import { INCIDENTS_QUESTIONS } from './builtin/incidents';
import { SPONSORSHIP_VISIBILITY_QUESTIONS } from './builtin/sponsorshipVisibility';
import { GROUP_PEER_QUESTIONS } from './builtin/groupPeer';

const BY_CATEGORY: Record<BuiltinCategoryId, readonly string[]> = {
  'grow-goal': GROW_GOAL_QUESTIONS,
  'grow-reality': GROW_REALITY_QUESTIONS,
  'grow-options': GROW_OPTIONS_QUESTIONS,
  'grow-will': GROW_WILL_QUESTIONS,
  career: CAREER_QUESTIONS,
  'technical-growth': TECHNICAL_GROWTH_QUESTIONS,
  'code-review-feedback': CODE_REVIEW_FEEDBACK_QUESTIONS,
  'wellbeing-workload': WELLBEING_WORKLOAD_QUESTIONS,
  relationship: RELATIONSHIP_QUESTIONS,
  'reverse-peer': REVERSE_PEER_QUESTIONS,
  'psychological-safety': PSYCHOLOGICAL_SAFETY_QUESTIONS,
  'self-doubt': SELF_DOUBT_QUESTIONS,
  'levels-promotion': LEVELS_PROMOTION_QUESTIONS,
  'feedback-sbi': FEEDBACK_SBI_QUESTIONS,
  'goal-setting': GOAL_SETTING_QUESTIONS,
  onboarding: ONBOARDING_QUESTIONS,
  incidents: INCIDENTS_QUESTIONS,
  'sponsorship-visibility': SPONSORSHIP_VISIBILITY_QUESTIONS,
  'group-peer': GROUP_PEER_QUESTIONS,
};

/**
 * The built-in bank: open questions written for this product, in categories, each tagged. The
 * data is kept in the same "question #tag" form a team bank uses, so both read alike.
 */
export const BUILTIN_QUESTIONS: readonly BankQuestion[] = Object.entries(BY_CATEGORY).flatMap(
  ([category, lines]) =>
    lines.map((line) => ({ ...splitTags(line), category, source: 'built-in' })),
);
