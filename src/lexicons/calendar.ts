/**
 * Names of the days of the week and of the months, lower case, in calendar order: the base lists of the time words
 * in the quotes sieves and of the capitalised calendar words in `non-names.ts`.
 *
 * @module
 */

/** Days of the week, `monday` to `sunday`. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Months, `january` to `december` (`may` is also a modal: filter it out where that matters). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** AP and common abbreviations of the months, without their full stop (`Jan.`, `Sept.`). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
