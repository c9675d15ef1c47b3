import { addDays, addMonths, dateProblem, isIsoDate, type IsoDate } from './dates';
import { t } from './l10n';

/** What a due date resolves against: today, and when the next session is due (if known). */
export interface DueDateContext {
  today: IsoDate;
  /** The next session by the plan's cadence, for "next session". */
  nextSession?: IsoDate;
}

/** A due-date shortcut and the date it means today. */
export interface DueDateShortcut {
  /** What a person types or picks: "next session", "in 2 weeks". */
  label: string;
  date: IsoDate;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const UNITS: Record<string, 'day' | 'week' | 'month'> = {
  d: 'day',
  day: 'day',
  days: 'day',
  w: 'week',
  wk: 'week',
  week: 'week',
  weeks: 'week',
  m: 'month',
  month: 'month',
  months: 'month',
};

/**
 * Reads a due date as a person writes it: `YYYY-MM-DD`, `today`, `tomorrow`, `next session`,
 * `next week`, `next month`, `in N days|weeks|months` (also `2w`, `+3d`), or a weekday (`friday`,
 * `next friday`: the next one after today). Returns the date, or why the text is not a due date.
 * Empty text means no due date.
 */
export function resolveDueDate(
  input: string,
  ctx: DueDateContext,
): { ok: true; date?: IsoDate } | { ok: false; message: string } {
  const typed = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (typed === '') return { ok: true };
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) {
    const why = dateProblem(typed);
    return why ? { ok: false, message: t('Due date: {0}.', why) } : { ok: true, date: typed };
  }
  if (typed === 'today') return { ok: true, date: ctx.today };
  if (typed === 'tomorrow') return { ok: true, date: addDays(ctx.today, 1) };
  if (typed === 'next session') {
    return ctx.nextSession
      ? { ok: true, date: ctx.nextSession }
      : {
          ok: false,
          message:
            t('Due date: the next session is not known (the plan has no cadence this understands); type a date such as 2026-12-18.'),
        };
  }
  if (typed === 'next week') return { ok: true, date: addDays(ctx.today, 7) };
  if (typed === 'next month') return { ok: true, date: addMonths(ctx.today, 1) };
  const rel = /^(?:in |\+)?(\d{1,3}) ?([a-z]+)$/.exec(typed);
  if (rel && UNITS[rel[2]]) {
    const n = Number(rel[1]);
    const unit = UNITS[rel[2]];
    const date =
      unit === 'day'
        ? addDays(ctx.today, n)
        : unit === 'week'
          ? addDays(ctx.today, 7 * n)
          : addMonths(ctx.today, n);
    return { ok: true, date };
  }
  const day = /^(?:next |this |on )?([a-z]+)$/.exec(typed);
  if (day) {
    const index = WEEKDAYS.findIndex((w) => w === day[1] || w.slice(0, 3) === day[1]);
    if (index >= 0) {
      const now = new Date(`${ctx.today}T00:00:00Z`).getUTCDay();
      const ahead = ((index - now + 7) % 7) || 7;
      return { ok: true, date: addDays(ctx.today, ahead) };
    }
  }
  return {
    ok: false,
    message: t('Due date: "{0}" is not a date. Type YYYY-MM-DD, or: today, tomorrow, next session, next week, in 2 weeks, friday.', input.trim()),
  };
}

/** The shortcuts to offer in a picker, each with the date it resolves to today. */
export function dueDateShortcuts(ctx: DueDateContext): DueDateShortcut[] {
  const labels = ['next session', 'tomorrow', 'next week', 'in 2 weeks', 'next month'];
  const out: DueDateShortcut[] = [];
  for (const label of labels) {
    const r = resolveDueDate(label, ctx);
    if (r.ok && r.date && isIsoDate(r.date)) out.push({ label, date: r.date });
  }
  return out;
}
