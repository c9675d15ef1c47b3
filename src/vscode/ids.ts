// Every id the extension contributes, in one place; test/unit/manifest.test.ts checks package.json
// against these, both ways. This file must not import vscode, so plain-Node tests can read it.

/** Command ids: `mentoring.<verbNoun>`. */
export const COMMANDS = {
  setUp: 'mentoring.setUp',
  newSession: 'mentoring.newSession',
  queueQuestion: 'mentoring.queueQuestion',
  prepareAgenda: 'mentoring.prepareAgenda',
  addActionItem: 'mentoring.addActionItem',
  toggleActionItem: 'mentoring.toggleActionItem',
  dropActionItem: 'mentoring.dropActionItem',
  openRecord: 'mentoring.openRecord',
  commitRecords: 'mentoring.commitRecords',
  addPrivateNote: 'mentoring.addPrivateNote',
  installPreCommitGuard: 'mentoring.installPreCommitGuard',
  refreshViews: 'mentoring.refreshViews',
  surfaceTopics: 'mentoring.surfaceTopics',
  addTopicToAgenda: 'mentoring.addTopicToAgenda',
  showCommit: 'mentoring.showCommit',
  openTopicFile: 'mentoring.openTopicFile',
  addReflection: 'mentoring.addReflection',
  insertOpenQuestion: 'mentoring.insertOpenQuestion',
  openDashboard: 'mentoring.openDashboard',
  switchRelationship: 'mentoring.switchRelationship',
  setGoalStatus: 'mentoring.setGoalStatus',
  exportProgressReport: 'mentoring.exportProgressReport',
  exportTeamReport: 'mentoring.exportTeamReport',
  markSessionHeld: 'mentoring.markSessionHeld',
  cancelSession: 'mentoring.cancelSession',
  addGoal: 'mentoring.addGoal',
  saveReport: 'mentoring.saveReport',
  showReminders: 'mentoring.showReminders',
  exportCalendar: 'mentoring.exportCalendar',
  openTodaysSession: 'mentoring.openTodaysSession',
  startSession: 'mentoring.startSession',
  endSession: 'mentoring.endSession',
  clearHistoryCache: 'mentoring.clearHistoryCache',
  addIdentity: 'mentoring.addIdentity',
} as const;

/** View ids: `mentoring.<noun>`. */
export const VIEWS = {
  actionItems: 'mentoring.actionItems',
  questions: 'mentoring.questions',
  learningTopics: 'mentoring.learningTopics',
  relationships: 'mentoring.relationships',
} as const;

/** Webview panel types; each is restored after a reload by its serializer (`onWebviewPanel:`). */
export const WEBVIEWS = {
  dashboard: 'mentoring.dashboard',
} as const;

/** The URI scheme of the read-only documents that show a commit's diff. */
export const COMMIT_SCHEME = 'mentoring-commit';

/** Context keys: `mentoring:<flag>`, for `when` clauses in package.json. */
export const CONTEXT_KEYS = {
  /** Some workspace folder has a relationship (a plan.md under the records root). */
  hasRecords: 'mentoring:hasRecords',
} as const;

/** The activity bar container of the views. */
export const VIEW_CONTAINER = 'mentoring';

/** Setting keys (without the `mentoring.` section). */
export const SETTINGS = {
  root: 'root',
  handle: 'handle',
  maxCarries: 'agenda.maxCarries',
  commitMessage: 'commitMessage',
  questionChecker: 'questionChecker.enabled',
  reminders: 'reminders.enabled',
  codeLens: 'codeLens.enabled',
  repositoryPaths: 'repositoryPaths',
} as const;

/** The configuration section of every setting. */
export const CONFIG_SECTION = 'mentoring';

/** The diagnostic collection's name and the source shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'mentoring';
