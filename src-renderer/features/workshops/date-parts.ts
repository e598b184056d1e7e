/** The NHS.UK date input's three boxes, as typed. */
export type DateParts = { readonly day: string; readonly month: string; readonly year: string };
export type DatePart = keyof DateParts;

export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** "2026-12-03" into its boxes: "3", "12", "2026". */
export function splitIsoDate(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/**
 * The boxes as the YYYY-MM-DD the main process checks. Whatever was typed goes, padded but
 * otherwise as it is, so the main process is the one judge of whether the date is real.
 */
export function joinIsoDate(parts: DateParts): string {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (day === '' && month === '' && year === '') return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The main process's message is written for the date as one value ("for example 2026-03-27");
 * the form words it for the three boxes the user sees, and marks the boxes at fault.
 */
export function describeDateProblem(parts: DateParts, what: string): { message: string; parts: readonly DatePart[] } {
  const missing = DATE_PARTS.filter((part) => parts[part].trim() === '');
  if (missing.length === DATE_PARTS.length) return { message: `Enter the ${what}`, parts: DATE_PARTS };
  if (missing.length > 0) {
    return { message: `The ${what} must include a ${joinWithAnd(missing)}`, parts: missing };
  }
  return { message: `The ${what} must be a real date, for example 3 12 2026`, parts: DATE_PARTS };
}

/** "day", "day and month", "day, month and year". */
function joinWithAnd(words: readonly string[]): string {
  const last = words.at(-1) ?? '';
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${last}` : last;
}
