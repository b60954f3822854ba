/**
 * Calendar arithmetic on plain numbers. Dates of birth are calendar dates, not instants: parsing
 * them with `new Date(string)` reads "1990-08-25" as UTC midnight, which is the 24th in the
 * Americas, and reads "08/25/1990" the US way. Nothing here builds a Date from a string.
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** -1, 0 or 1, comparing year, then month, then day. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  const diff = a.year - b.year || a.month - b.month || a.day - b.day;
  return Math.sign(diff);
}

/**
 * Completed years between birth and today. Someone born on 29 February comes of age on 1 March in
 * a common year: (month, day) of today is compared with (2, 29), and 28 February is before it.
 */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const beforeBirthday = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return today.year - birth.year - (beforeBirthday ? 1 : 0);
}

export function toIso({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A strict ISO `yyyy-mm-dd` that names a real date, else undefined. */
export function readIsoDate(text: string): CalendarDate | undefined {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** The local calendar date, read from the Date's local fields (not from a string). */
export function localToday(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** `today` given as an option (ISO), or the local date. A malformed option is a programming error. */
export function resolveToday(today: string | undefined): CalendarDate {
  if (today === undefined) return localToday();
  const parsed = readIsoDate(today);
  if (!parsed) throw new RangeError(`"today" must be an ISO date yyyy-mm-dd, got ${JSON.stringify(today)}`);
  return parsed;
}
