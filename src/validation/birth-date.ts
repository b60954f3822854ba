/**
 * Dates of birth (identifiers.md, "Dates"): typed as dd/mm/yyyy in Vietnamese (also d/m/yyyy, with
 * `-` or `.` instead of `/`, and ISO yyyy-mm-dd), sent as ISO. Parsed field by field, never with
 * `new Date(string)` (calendar.ts says why).
 */
import { ageOn, compareDates, isRealDate, resolveToday, toIso } from './calendar.js';
import { asString, cleanDigitsText, isBlank, isOverlong } from './input.js';
import { error, result, type ParseResult, type ValidationIssue } from './result.js';

export interface BirthDateOptions {
  /**
   * Minimum age in completed years on `today`. The portal sets none of its own; VNeID levels
   * depend on age (14+, 6–14, under 6), so integrators choose.
   */
  readonly minAgeYears?: number;
  /** ISO `yyyy-mm-dd`; defaults to the local date (from the Date's fields, not a string). */
  readonly today?: string;
  /** Earliest accepted year. Default 1900: nobody alive was born before it. */
  readonly minYear?: number;
}

export const DEFAULT_MIN_BIRTH_YEAR = 1900;

// Day first, year last: "25/08/1990", "5/8/1990", "25-08-1990", "25.08.1990". One separator kind.
const DAY_FIRST = /^([0-9]{1,2}) ?([/.-]) ?([0-9]{1,2}) ?\2 ?([0-9]{4})$/;
// Year first: ISO "1990-08-25" (and "1990/08/25", which is never ambiguous either).
const YEAR_FIRST = /^([0-9]{4}) ?([/.-]) ?([0-9]{1,2}) ?\2 ?([0-9]{1,2})$/;

export function parseBirthDate(input: string, options: BirthDateOptions = {}): ParseResult {
  const raw = asString(input);
  if (isOverlong(raw)) return result(undefined, [error('date.format')]);
  const text = cleanDigitsText(raw).replace(/ +/g, ' ').trim();
  if (isBlank(text)) return result(undefined, [error('required')]);

  let year: number, month: number, day: number;
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(text);
  if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[3]), Number(dayFirst[4])];
  else if (yearFirst) [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4])];
  else return result(undefined, [error('date.format')]);

  if (!isRealDate(year, month, day)) return result(undefined, [error('date.impossible')]);
  const date = { year, month, day };
  const today = resolveToday(options.today);
  const minYear = options.minYear ?? DEFAULT_MIN_BIRTH_YEAR;

  const issues: ValidationIssue[] = [];
  if (compareDates(date, today) > 0) issues.push(error('date.future'));
  else if (year < minYear) issues.push(error('date.too_old', { minYear }));
  else if (options.minAgeYears !== undefined && ageOn(date, today) < options.minAgeYears) {
    issues.push(error('date.too_young', { minAgeYears: options.minAgeYears }));
  }
  return result(toIso(date), issues);
}
