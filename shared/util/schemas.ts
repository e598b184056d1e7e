import { z } from 'zod';

/** A database id as it travels: a positive whole number. `what` names it in messages. */
export function idSchema(what: string) {
  return z
    .number({ error: `${what} id must be a number` })
    .int({ error: `${what} id must be a whole number` })
    .positive({ error: `${what} id must be positive` });
}

/** Required single-line text, trimmed, with a limit a form can show. */
export function requiredText(label: string, max: number, emptyMessage = `Enter the ${label}`) {
  return z
    .string({ error: emptyMessage })
    .trim()
    .min(1, { error: emptyMessage })
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` });
}

/** Optional single-line text: trimmed, empty allowed. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${capitalise(label)} must be text` })
    .trim()
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A calendar date as `YYYY-MM-DD` that really exists (no 31 June). */
export const isoDateSchema = z
  .string({ error: 'Enter a date' })
  .trim()
  .min(1, { error: 'Enter a date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a real date, for example 2026-03-27' })
  .refine(isRealDate, { error: 'Enter a real date, for example 2026-03-27' });

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1948 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
