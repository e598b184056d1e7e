import { z } from 'zod';

/** The kinds of organisation the framework is written for, in the order users expect to see them. */
export const ORGANISATION_TYPES = [
  'nhs-trust',
  'nhs-foundation-trust',
  'integrated-care-board',
  'other',
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, string>> = {
  'nhs-trust': 'NHS trust',
  'nhs-foundation-trust': 'NHS foundation trust',
  'integrated-care-board': 'Integrated care board',
  other: 'Other',
};

export const ORGANISATION_NAME_MAX = 200;

/**
 * ODS codes identify NHS organisations: 3 characters for trusts and ICBs (RJ1, QWE), up to 6
 * for sites and practices. Users type them in any case, so they are stored in upper case.
 */
export const ODS_CODE_PATTERN = /^[A-Z0-9]{3,6}$/;

export const organisationIdSchema = z
  .number({ error: 'Organisation id must be a number' })
  .int({ error: 'Organisation id must be a whole number' })
  .positive({ error: 'Organisation id must be positive' });

export const organisationNameSchema = z
  .string({ error: 'Enter the organisation name' })
  .trim()
  .min(1, { error: 'Enter the organisation name' })
  .max(ORGANISATION_NAME_MAX, {
    error: `Organisation name must be ${ORGANISATION_NAME_MAX} characters or fewer`,
  });

export const organisationTypeSchema = z.enum(ORGANISATION_TYPES, {
  error: 'Select the type of organisation',
});

const odsCodeInputSchema = z
  .string({ error: 'ODS code must be text' })
  .trim()
  .toUpperCase()
  .refine((code) => code === '' || ODS_CODE_PATTERN.test(code), {
    error: 'Enter an ODS code of 3 to 6 letters and numbers, like RJ1',
  });

/** ODS codes are required for NHS bodies, which all have one; "other" organisations may not. */
export function odsCodeRequired(type: OrganisationType): boolean {
  return type !== 'other';
}

export const createOrganisationInputSchema = z
  .strictObject({
    name: organisationNameSchema,
    odsCode: odsCodeInputSchema.optional(),
    type: organisationTypeSchema,
  })
  .refine(
    // Runs even when other fields (the name, say) have problems, so that every problem is named
    // at once; only when the type is known and the ODS code itself was well formed.
    (value) => (value.odsCode ?? '') !== '' || !odsCodeRequired(value.type),
    {
      path: ['odsCode'],
      error: 'Enter the ODS code, for example RR8',
      when: (payload) => {
        const type = (payload.value as { type?: unknown } | undefined)?.type;
        const typeKnown = typeof type === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(type);
        return typeKnown && payload.issues.every((issue) => issue.path?.[0] !== 'odsCode');
      },
    },
  )
  .transform((value) => ({
    name: value.name,
    odsCode: value.odsCode === undefined || value.odsCode === '' ? null : value.odsCode,
    type: value.type,
  }));

export type CreateOrganisationInput = z.input<typeof createOrganisationInputSchema>;
export type NewOrganisation = z.output<typeof createOrganisationInputSchema>;

export const renameOrganisationInputSchema = z.strictObject({
  id: organisationIdSchema,
  name: organisationNameSchema,
});

export const organisationSchema = z.strictObject({
  id: organisationIdSchema,
  name: z.string(),
  odsCode: z.string().nullable(),
  type: organisationTypeSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Organisation = z.output<typeof organisationSchema>;
