/** Goal setting: SMART goals and OKRs, from intent to something that can be checked. */
export const GOAL_SETTING_QUESTIONS: readonly string[] = [
  'What would you like to be true at the end of this quarter? #goal #okr #objective',
  'How will you measure progress on that goal? #goal #smart #measurable',
  'What is the most specific version of this goal you can state? #goal #smart #specific',
  'What makes this goal achievable with the time you really have? #goal #smart #achievable',
  'How does this goal connect to what the team is trying to do? #goal #smart #relevant #alignment',
  'What date would make this goal real for you? #goal #smart #time-bound',
  'What key results would tell you the objective has been met? #goal #okr #key-results',
  'Which key result would you drop first if time ran short? #goal #okr #priorities',
  'Which key result would stretch you the most? #goal #okr #stretch',
  'What will you stop doing to make room for this goal? #goal #priorities #workload',
  'What rhythm would suit you for looking at progress on this goal together? #goal #progress #cadence',
  'What would make you change or drop this goal? #goal #decision',
];
