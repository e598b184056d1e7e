import { z } from 'zod';
import { PROFESSION_IDS } from '../framework/professions';
import { LEVEL_IDS } from '../framework/levels';
import { idSchema, isoDateSchema, optionalText } from '../util/schemas';
import { organisationIdSchema } from '../organisations/organisation';
import { NON_CLINICAL } from './types';
import { columnMappingSchema, importProfileSchema, profileNameSchema, valueMappingSchema } from './mapping-schemas';

export const snapshotIdSchema = idSchema('Snapshot');
export const profileIdSchema = idSchema('Mapping profile');

export const staffGroupIdSchema = z.enum([...PROFESSION_IDS, NON_CLINICAL]);
export const levelIdSchema = z.enum(LEVEL_IDS);

export const workforceCountSchema = z.strictObject({
  professionId: staffGroupIdSchema,
  levelId: levelIdSchema,
  headcount: z.number().int().nonnegative(),
  fte: z.number().nonnegative().nullable(),
});

export const importShapeSchema = z.enum(['person', 'aggregated']);

/** A dated snapshot as listed: aggregates and how the import went, never a row of the file. */
export const snapshotSchema = z.strictObject({
  id: snapshotIdSchema,
  organisationId: organisationIdSchema,
  snapshotDate: z.string(),
  label: z.string(),
  sourceName: z.string(),
  shape: importShapeSchema,
  hasFte: z.boolean(),
  rowsRead: z.number().int().nonnegative(),
  rowsMapped: z.number().int().nonnegative(),
  rowsNonClinical: z.number().int().nonnegative(),
  rowsExcluded: z.number().int().nonnegative(),
  clinicalHeadcount: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const snapshotWithCountsSchema = z.strictObject({
  snapshot: snapshotSchema,
  counts: z.array(workforceCountSchema),
});
export type SnapshotWithCounts = z.infer<typeof snapshotWithCountsSchema>;

/** Opaque handle to a file the user chose in the main process; the renderer never sends paths. */
export const fileIdSchema = z
  .string({ error: 'File id must be text' })
  .regex(/^[0-9a-f-]{36}$/, { error: 'File id is not one Boardwalk gave out' });
export const jobIdSchema = z
  .string({ error: 'Job id must be text' })
  .regex(/^[0-9a-f-]{36}$/, { error: 'Job id is not one Boardwalk gave out' });

export const chosenFileSchema = z.strictObject({
  fileId: fileIdSchema,
  name: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type ChosenFile = z.infer<typeof chosenFileSchema>;

const nullableHeader = z.string().nullable();

/** The columns Boardwalk suggests for each role; null where nothing looked likely. */
export const suggestedColumnsSchema = z.strictObject({
  shape: importShapeSchema,
  /** False when the evidence points both ways: the screen asks rather than presumes. */
  confident: z.boolean(),
  person: z.strictObject({
    staffGroup: nullableHeader,
    occupation: nullableHeader,
    level: nullableHeader,
    fte: nullableHeader,
  }),
  aggregated: z.strictObject({
    profession: nullableHeader,
    level: nullableHeader,
    headcount: nullableHeader,
    fte: nullableHeader,
  }),
  reasons: z.array(z.string()),
});
export type SuggestedColumns = z.infer<typeof suggestedColumnsSchema>;

/** What the renderer learns about a file before the full read: its shape, never its rows. */
export const fileInspectionSchema = z.strictObject({
  fileId: fileIdSchema,
  name: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  format: z.enum(['csv', 'xlsx']),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  delimiter: z.enum([',', ';', '\t']).nullable(),
  headers: z.array(z.string()),
  suggested: suggestedColumnsSchema,
});
export type FileInspection = z.infer<typeof fileInspectionSchema>;

export const inspectInputSchema = z.strictObject({
  fileId: fileIdSchema,
  sheet: z.string().max(200, { error: 'Sheet name must be 200 characters or fewer' }).optional(),
});

export const startScanInputSchema = z.strictObject({
  fileId: fileIdSchema,
  sheet: z.string().max(200, { error: 'Sheet name must be 200 characters or fewer' }).nullable(),
  columns: columnMappingSchema,
});

export const scanGroupSchema = z.strictObject({
  group: z.string(),
  occupation: z.string(),
  level: z.string(),
  rows: z.number().int().nonnegative(),
  headcount: z.number().int().nonnegative(),
  fte: z.number().nonnegative().nullable(),
});

export const scanResultSchema = z.strictObject({
  rowsRead: z.number().int().nonnegative(),
  groups: z.array(scanGroupSchema),
});

export const importProblemSchema = z.strictObject({
  message: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const scanStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('running'),
    bytesRead: z.number().nonnegative(),
    totalBytes: z.number().nonnegative(),
    rowsRead: z.number().int().nonnegative(),
  }),
  z.strictObject({ state: z.literal('done'), result: scanResultSchema }),
  z.strictObject({ state: z.literal('failed'), problem: importProblemSchema }),
  z.strictObject({ state: z.literal('cancelled') }),
]);
export type ScanStatus = z.infer<typeof scanStatusSchema>;

export const jobInputSchema = z.strictObject({ jobId: jobIdSchema });

export const commitImportInputSchema = z.strictObject({
  organisationId: organisationIdSchema,
  jobId: jobIdSchema,
  snapshotDate: isoDateSchema,
  label: optionalText('label', 120),
  values: valueMappingSchema,
  /** Save the columns and values as a named profile for the next import (replacing one of that name). */
  saveProfileAs: profileNameSchema.nullable(),
});
export type CommitImportInput = z.infer<typeof commitImportInputSchema>;

export const savedProfileSchema = importProfileSchema.extend({
  id: profileIdSchema,
  updatedAt: z.string(),
});
export type SavedProfile = z.infer<typeof savedProfileSchema>;
