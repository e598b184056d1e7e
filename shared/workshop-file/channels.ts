import { z } from 'zod';
import { exportResultSchema } from '../export/export';
import { organisationIdSchema, organisationNameSchema, organisationSchema, organisationTypeSchema } from '../organisations/organisation';
import { fileIdSchema } from '../workforce/snapshot';

/** The requests of the workshop-file screens: export one organisation; inspect, then import, a file. */

export const exportWorkshopFileInputSchema = z.strictObject({ organisationId: organisationIdSchema });
export const exportWorkshopFileOutputSchema = exportResultSchema;

export const workshopFileCountsSchema = z.strictObject({
  boardMembers: z.number().int().nonnegative(),
  workshops: z.number().int().nonnegative(),
  /** Questions with a consensus rating, across every workshop. */
  ratedQuestions: z.number().int().nonnegative(),
  agreedPriorities: z.number().int().nonnegative(),
  actions: z.number().int().nonnegative(),
  snapshots: z.number().int().nonnegative(),
  resources: z.number().int().nonnegative(),
});
export type WorkshopFileCounts = z.output<typeof workshopFileCountsSchema>;

/** An organisation already here that the file's could be: the same ODS code, or the same name. */
export const organisationMatchSchema = z.strictObject({
  id: organisationIdSchema,
  name: z.string(),
  odsCode: z.string().nullable(),
  sameOdsCode: z.boolean(),
  sameName: z.boolean(),
  boardMembers: z.number().int().nonnegative(),
  workshops: z.number().int().nonnegative(),
  snapshots: z.number().int().nonnegative(),
});
export type OrganisationMatch = z.output<typeof organisationMatchSchema>;

export const workshopFileSummarySchema = z.strictObject({
  organisation: z.strictObject({ name: z.string(), odsCode: z.string().nullable(), type: organisationTypeSchema }),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  exportedAt: z.iso.datetime(),
  counts: workshopFileCountsSchema,
  matches: z.array(organisationMatchSchema),
  /** The name a new organisation would take: the file's own, or with "(imported …)" when that is taken. */
  suggestedName: z.string(),
  nameTaken: z.boolean(),
  /** When another organisation has the file's ODS code, a new copy is imported without one. */
  odsCodeTaken: z.boolean(),
});
export type WorkshopFileSummary = z.output<typeof workshopFileSummarySchema>;

export const inspectWorkshopFileOutputSchema = z.discriminatedUnion('state', [
  /** No way to choose a file here (the browser dev view). */
  z.strictObject({ state: z.literal('unavailable') }),
  z.strictObject({ state: z.literal('cancelled') }),
  /** The file cannot be imported; nothing was changed. */
  z.strictObject({ state: z.literal('refused'), fileName: z.string(), problems: z.array(z.string()).min(1) }),
  z.strictObject({
    state: z.literal('ready'),
    fileId: fileIdSchema,
    fileName: z.string(),
    sizeBytes: z.number().int().nonnegative(),
    summary: workshopFileSummarySchema,
  }),
]);
export type WorkshopFileInspection = z.output<typeof inspectWorkshopFileOutputSchema>;

export const importWorkshopFileInputSchema = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({
      fileId: fileIdSchema,
      mode: z.literal('new'),
      /** Needed only when the file's name is taken; otherwise the file's name is kept. */
      name: organisationNameSchema.optional(),
    }),
    z.strictObject({
      fileId: fileIdSchema,
      mode: z.literal('replace'),
      /** The organisation whose data the file replaces: one with the same ODS code or name. */
      organisationId: organisationIdSchema,
    }),
  ],
  { error: 'Choose whether to import it as a new organisation or to replace one' },
);
export type ImportWorkshopFileInput = z.output<typeof importWorkshopFileInputSchema>;

export const importWorkshopFileOutputSchema = z.strictObject({
  organisation: organisationSchema,
  /** The name of the organisation that was replaced, or null for a new one. */
  replaced: z.string().nullable(),
  counts: workshopFileCountsSchema,
});
export type ImportWorkshopFileOutput = z.output<typeof importWorkshopFileOutputSchema>;
