import { z } from 'zod';
import { MAX_CEILING_THRESHOLD } from '../workforce/metrics';
import { MIN_CEILING_THRESHOLD } from '../workforce/threshold';
import { snapshotIdSchema } from '../workforce/snapshot';
import { workshopIdSchema } from '../workshops/workshop';

/** What the user is saving: it picks the save dialog's file type. */
export type ExportKind = 'csv' | 'pdf' | 'boardwalk';

export const actionsCsvInputSchema = z.strictObject({ workshopId: workshopIdSchema });

/** The measure and ceiling threshold an export analyses by: those the user chose on screen. */
export const measureSchema = z.enum(['headcount', 'fte'], { error: 'Choose headcount or FTE' });
export const ceilingThresholdSchema = z
  .number({ error: 'The ceiling threshold must be a number' })
  .min(MIN_CEILING_THRESHOLD, { error: `The ceiling threshold must be at least ${String(MIN_CEILING_THRESHOLD)}` })
  .max(MAX_CEILING_THRESHOLD, { error: `The ceiling threshold must be no more than ${MAX_CEILING_THRESHOLD}` });

export const ceilingCsvInputSchema = z.strictObject({
  snapshotId: snapshotIdSchema,
  measure: measureSchema,
  threshold: ceilingThresholdSchema,
});
export type CeilingCsvInput = z.output<typeof ceilingCsvInputSchema>;

/**
 * `saved` is false when the user cancelled the save dialog (nothing written), or when there is
 * no way to choose where to save (`available` false: the browser dev view).
 */
export const exportResultSchema = z.strictObject({
  saved: z.boolean(),
  fileName: z.string().nullable(),
  available: z.boolean(),
});
export type ExportResult = z.output<typeof exportResultSchema>;
