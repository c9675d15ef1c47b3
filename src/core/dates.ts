import { t } from './l10n';

/** A calendar date as written in records: YYYY-MM-DD. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Why a string is not a usable date, or undefined when it is one. */
export function dateProblem(value: string): string | undefined {
  if (!ISO.test(value)) return t('"{0}" is not a date in YYYY-MM-DD form', value);
  if (!isIsoDate(value)) return t('{0} is not a real calendar date', value);
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The local calendar date of a moment, as YYYY-MM-DD. Time is passed in; core never reads a clock. */
export function toIsoDate(moment: Date): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${p(moment.getMonth() + 1)}-${p(moment.getDate())}`;
}

/** Days from `a` to `b` (both YYYY-MM-DD); negative when b is earlier. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** The date `days` after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(utc(date) + days * 86_400_000);
}

/** The same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth(year, month))).padStart(2, '0')}`;
}

function utc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}
