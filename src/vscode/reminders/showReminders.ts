import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import {
  reminderDigest,
  type ReminderDigest,
  type ReminderOf,
} from '../../core/reminders/reminderDigest';
import {
  digestDue,
  markShown,
  reminderState,
  snoozeDay,
  stopFor,
  type ReminderState,
} from '../../core/reminders/reminderState';
import { COMMANDS } from '../ids';
import type { Services } from '../services';
import { readSettings } from '../settings';
import { reminderMessage } from './reminderMessage';
import { reminderSources } from './reminderSources';

/** Where the reminders keep their state in globalState: one digest a day across windows. */
export const REMINDER_STATE_KEY = 'mentoring.reminders';

/** Arguments of Show Reminders. */
export interface ShowRemindersArgs {
  /** The daily check (scheduleReminders): honours the setting, once a day and snooze. */
  automatic?: boolean;
}

/** What was shown (tests read it; the notification itself is not observable there). */
export interface RemindersShown {
  message: string;
  actions: string[];
  sessions: number;
  actions_overdue: number;
  nudges: number;
}

/**
 * Show Reminders: the one daily digest (sessions due today or overdue, the user's overdue
 * actions, yesterday's empty log) as a single notification with Prepare Agenda, Snooze a Day and
 * Stop for a relationship. Run by hand it always shows what is due now; run by the daily check
 * it shows at most once a day, not while snoozed, and not when `mentoring.reminders.enabled` is
 * off. Resolves when the notification is up, not when it is answered.
 */
export function showRemindersCommand(s: Services) {
  return async (args?: ShowRemindersArgs): Promise<RemindersShown | undefined> => {
    const today = toIsoDate(s.now());
    const stored = () => reminderState(s.globalState?.get(REMINDER_STATE_KEY));
    const save = (state: ReminderState) => s.globalState?.update(REMINDER_STATE_KEY, state);
    if (args?.automatic) {
      if (!readSettings()['reminders.enabled'] || !digestDue(stored(), today)) return undefined;
    }
    const digest = reminderDigest(await reminderSources(s), stored(), today);
    // Read again: another window may have shown today's digest while this one read the records.
    const state = stored();
    if (args?.automatic && !digestDue(state, today)) return undefined;
    await save(
      markShown(
        state,
        today,
        digest.nudges.map((n) => n.id),
      ),
    );
    if (digest.empty) {
      if (!args?.automatic)
        void vscode.window.showInformationMessage(
          vscode.l10n.t(
            'Mentoring: nothing due. No session is due and no action of yours is overdue.',
          ),
        );
      return undefined;
    }
    const prepare = vscode.l10n.t('Prepare Agenda');
    const snooze = vscode.l10n.t('Snooze a Day');
    const stop = vscode.l10n.t('Stop for This Relationship');
    const actions = [prepare, snooze, stop];
    const message = reminderMessage(digest);
    s.log.info(
      `Reminders shown for ${today}: ${digest.relationships.map((r) => r.name).join(', ')}`,
    );
    void vscode.window.showInformationMessage(message, ...actions).then(async (choice) => {
      try {
        if (choice === prepare) {
          const r = await pickFrom(
            digest,
            vscode.l10n.t('Prepare the agenda for which relationship?'),
          );
          if (r) await vscode.commands.executeCommand(COMMANDS.prepareAgenda, { slug: r.name });
        } else if (choice === snooze) {
          await save(snoozeDay(stored(), today));
        } else if (choice === stop) {
          const r = await pickFrom(digest, vscode.l10n.t('Stop reminders for which relationship?'));
          if (r) await save(stopFor(stored(), r.key));
        }
      } catch (e) {
        s.log.error(`Reminders: ${(e as Error).message}`);
      }
    });
    return {
      message,
      actions,
      sessions: digest.sessions.length,
      actions_overdue: digest.actions.length,
      nudges: digest.nudges.length,
    };
  };
}

/** The relationship an action is for: the only one, else the user's pick. */
async function pickFrom(
  digest: ReminderDigest,
  placeHolder: string,
): Promise<ReminderOf | undefined> {
  if (digest.relationships.length === 1) return digest.relationships[0];
  const picked = await vscode.window.showQuickPick(
    digest.relationships.map((r) => ({ label: r.label, description: r.name, r })),
    { placeHolder },
  );
  return picked?.r;
}
