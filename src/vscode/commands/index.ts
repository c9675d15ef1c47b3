import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';
import { addActionItemCommand } from './addActionItem';
import { addPrivateNoteCommand } from './addPrivateNote';
import { addReflectionCommand } from './addReflection';
import { addTopicToAgendaCommand } from './addTopicToAgenda';
import { commitRecordsCommand } from './commitRecords';
import { insertOpenQuestionCommand } from './insertOpenQuestion';
import { installPreCommitGuardCommand } from './installPreCommitGuard';
import { dropActionItemCommand } from './dropActionItem';
import { exportProgressReportCommand } from './exportProgressReport';
import { exportTeamReportCommand } from './exportTeamReport';
import { exportCalendarCommand } from './exportCalendar';
import { showRemindersCommand } from '../reminders/showReminders';
import { newSessionCommand } from './newSession';
import { openDashboardCommand } from '../dashboard/openDashboard';
import { openRecordCommand } from './openRecord';
import { openTopicFileCommand } from './openTopicFile';
import { prepareAgendaCommand } from './prepareAgenda';
import { queueQuestionCommand } from './queueQuestion';
import { setGoalStatusCommand } from './setGoalStatus';
import { addIdentityCommand } from './addIdentity';
import { addGoalCommand } from './addGoal';
import { saveReportCommand } from './saveReport';
import { cancelSessionCommand, markSessionHeldCommand } from './setSessionStatus';
import { setUpCommand } from './setUp';
import { showCommitCommand } from './showCommit';
import { surfaceTopicsCommand } from './surfaceTopics';
import { switchRelationshipCommand } from './switchRelationship';
import { toggleActionItemCommand } from './toggleActionItem';
import { openTodaysSessionCommand } from './openTodaysSession';
import { startSessionCommand } from './startSession';
import { endSessionCommand } from './endSession';
import { clearHistoryCacheCommand } from './clearHistoryCache';

type Handler = (...args: never[]) => Promise<unknown>;

/** Every command and its handler factory: the one table behind every registered command. */
const COMMAND_TABLE: Record<string, (s: Services) => Handler> = {
  [COMMANDS.setUp]: setUpCommand,
  [COMMANDS.newSession]: newSessionCommand,
  [COMMANDS.queueQuestion]: queueQuestionCommand,
  [COMMANDS.prepareAgenda]: prepareAgendaCommand,
  [COMMANDS.addActionItem]: addActionItemCommand,
  [COMMANDS.toggleActionItem]: toggleActionItemCommand,
  [COMMANDS.dropActionItem]: dropActionItemCommand,
  [COMMANDS.openRecord]: openRecordCommand,
  [COMMANDS.commitRecords]: commitRecordsCommand,
  [COMMANDS.addPrivateNote]: addPrivateNoteCommand,
  [COMMANDS.installPreCommitGuard]: installPreCommitGuardCommand,
  [COMMANDS.surfaceTopics]: surfaceTopicsCommand,
  [COMMANDS.addTopicToAgenda]: addTopicToAgendaCommand,
  [COMMANDS.showCommit]: showCommitCommand,
  [COMMANDS.openTopicFile]: openTopicFileCommand,
  [COMMANDS.addReflection]: addReflectionCommand,
  [COMMANDS.insertOpenQuestion]: insertOpenQuestionCommand,
  [COMMANDS.openDashboard]: openDashboardCommand,
  [COMMANDS.switchRelationship]: switchRelationshipCommand,
  [COMMANDS.setGoalStatus]: setGoalStatusCommand,
  [COMMANDS.addIdentity]: addIdentityCommand,
  [COMMANDS.exportProgressReport]: exportProgressReportCommand,
  [COMMANDS.exportTeamReport]: exportTeamReportCommand,
  [COMMANDS.markSessionHeld]: markSessionHeldCommand,
  [COMMANDS.cancelSession]: cancelSessionCommand,
  [COMMANDS.addGoal]: addGoalCommand,
  [COMMANDS.saveReport]: saveReportCommand,
  [COMMANDS.showReminders]: showRemindersCommand,
  [COMMANDS.exportCalendar]: exportCalendarCommand,
  [COMMANDS.openTodaysSession]: openTodaysSessionCommand,
  [COMMANDS.startSession]: startSessionCommand,
  [COMMANDS.endSession]: endSessionCommand,
  [COMMANDS.clearHistoryCache]: clearHistoryCacheCommand,
};

/**
 * Runs commands, each wrapped once. A cancelled prompt ends quietly. A refusal (UserError: bad
 * input, a file that cannot be parsed, a path through a link) is shown as it is and logged as a
 * warning; the command then returns undefined instead of its result, and is not an error of the
 * extension. Anything else is a bug: shown, logged with its stack and re-thrown, so a caller of
 * executeCommand (a test, another extension) sees it.
 */
export class CommandRunner {
  private readonly handlers = new Map<string, Handler>();

  constructor(private readonly services: Services) {}

  async run(id: string, args: unknown[]): Promise<unknown> {
    const { log } = this.services;
    try {
      let handler = this.handlers.get(id);
      if (!handler) {
        const factory = COMMAND_TABLE[id];
        if (!factory) throw new Error(`unknown command ${id}`);
        handler = factory(this.services);
        this.handlers.set(id, handler);
      }
      return await (handler as (...a: unknown[]) => Promise<unknown>)(...args);
    } catch (e) {
      if (e instanceof Cancelled) return undefined;
      if (e instanceof UserError) {
        log.warn(`${id}: ${e.message}`);
        void vscode.window.showErrorMessage(e.message);
        return undefined;
      }
      log.error(`${id} failed`, e as Error);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Mentoring Journal: {0}', (e as Error).message),
      );
      throw e;
    }
  }
}
