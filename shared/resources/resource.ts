import { z } from 'zod';
import { THEME_IDS } from '../framework/content';
import type { ThemeId } from '../framework/content';
import { PROFESSION_IDS } from '../framework/professions';
import type { ProfessionId } from '../framework/professions';
import { idSchema, requiredText } from '../util/schemas';

/**
 * The resource library: development offers and interventions, each tagged with the themes of the
 * framework it serves and the clinical professions it is for. Items drawn from the source
 * documents come with the app (built in, never edited or removed); users add their own.
 */

/** The documents the built-in items are drawn from (see shared/resources/seed.ts). */
export const SOURCE_IDS = [
  'framework',
  'nihr-leaders-programme',
  'leadership-in-action',
  'nihr-research-career',
  'hee-nw-nmahp-strategy',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

export type SourceDocument = {
  readonly id: SourceId;
  /** As the document titles itself. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** The name of the text the items were read from, in the project's brief (not shipped). */
  readonly file: string;
};

export const SOURCE_DOCUMENTS: Readonly<Record<SourceId, SourceDocument>> = {
  framework: {
    id: 'framework',
    title: 'Clinical leadership – a framework for action',
    publisher: 'NHS Improvement',
    file: '003_bbb9c620f1794c6a.txt',
  },
  'nihr-leaders-programme': {
    id: 'nihr-leaders-programme',
    title: 'NIHR Leaders Support and Development Programme',
    publisher: 'National Institute for Health Research',
    file: '000_78e928ee49dd8447.txt',
  },
  'leadership-in-action': {
    id: 'leadership-in-action',
    title: 'Leadership in Action',
    publisher: 'University of Cambridge',
    file: '001_0f3e59204157f0a1.txt',
  },
  'nihr-research-career': {
    id: 'nihr-research-career',
    title: 'Building a research career',
    publisher: 'National Institute for Health Research',
    file: '002_6d5dc955d7ee9e7f.txt',
  },
  'hee-nw-nmahp-strategy': {
    id: 'hee-nw-nmahp-strategy',
    title: 'NMAHP research strategy for the North West',
    publisher: 'Health Education England North West',
    file: '004_6cdeb7d60a1a0d00.txt',
  },
};

/** "Clinical leadership – a framework for action (NHS Improvement), Annex 2: Useful resources". */
export function describeSource(source: SourceId, section: string): string {
  const document = SOURCE_DOCUMENTS[source];
  const base = `${document.title} (${document.publisher})`;
  return section === '' ? base : `${base}, ${section}`;
}

export const RESOURCE_TITLE_MAX = 200;
export const RESOURCE_PROVIDER_MAX = 200;
export const RESOURCE_DESCRIPTION_MAX = 2000;
export const RESOURCE_URL_MAX = 500;

/**
 * A web address as text: http or https, a host of letters, digits, dots and hyphens, an optional
 * port, then anything without spaces. Nothing opens it yet; it is shown for people to copy.
 */
const HTTP_URL = /^https?:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:[/?#]\S*)?$/i;

export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

export const resourceIdSchema = idSchema('Resource');

const URL_MESSAGE = 'Web address must start with http:// or https://, for example https://www.nihr.ac.uk';

/** Optional: empty (or left out) means none, and is stored as null. */
const urlSchema = z
  .string({ error: 'Web address must be text' })
  .trim()
  .max(RESOURCE_URL_MAX, { error: `Web address must be ${RESOURCE_URL_MAX} characters or fewer` })
  .refine((value) => value === '' || isHttpUrl(value), { error: URL_MESSAGE })
  .optional()
  .transform((value) => (value === undefined || value === '' ? null : value));

function hasNoRepeats(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

const themeIdsSchema = z
  .array(z.enum(THEME_IDS, { error: 'Choose themes from the five themes of the framework' }), {
    error: 'Select the themes it serves',
  })
  .min(1, { error: 'Select at least one theme it serves' })
  .refine(hasNoRepeats, { error: 'Select each theme once' });

const professionIdsSchema = z
  .array(z.enum(PROFESSION_IDS, { error: 'Choose professions from the list of clinical professions' }), {
    error: 'Select the professions it serves',
  })
  .refine(hasNoRepeats, { error: 'Select each profession once' });

const resourceFields = {
  title: requiredText('title', RESOURCE_TITLE_MAX),
  provider: requiredText('provider', RESOURCE_PROVIDER_MAX, 'Enter who provides it'),
  description: requiredText('description', RESOURCE_DESCRIPTION_MAX, 'Enter what it is, in a sentence or two'),
  url: urlSchema,
  themeIds: themeIdsSchema,
  /** True for every clinical profession; `professionIds` is then empty. */
  allProfessions: z.boolean({ error: 'Say whether it serves all clinical professions' }),
  professionIds: professionIdsSchema,
};

type ProfessionFields = { allProfessions: boolean; professionIds: readonly ProfessionId[] };

/**
 * Either every clinical profession or at least one named profession, never both. Checked even
 * when other fields have problems (so a form hears of all of them at once), but only once both
 * profession fields are themselves well formed.
 */
function withProfessionRule<T extends z.ZodType<ProfessionFields>>(schema: T) {
  const professionFieldsAreWellFormed = (payload: { issues: ReadonlyArray<{ path?: readonly PropertyKey[] }> }) =>
    payload.issues.every((issue) => {
      const key = issue.path?.[0];
      return key !== undefined && key !== 'allProfessions' && key !== 'professionIds';
    });
  return schema.superRefine((value, ctx) => {
    if (value.allProfessions && value.professionIds.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['professionIds'],
        message: 'Select all clinical professions or particular professions, not both',
      });
    }
    if (!value.allProfessions && value.professionIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['professionIds'],
        message: 'Select at least one profession it serves, or all clinical professions',
      });
    }
  }, { when: professionFieldsAreWellFormed });
}

export const addResourceInputSchema = withProfessionRule(z.strictObject(resourceFields));
export const updateResourceInputSchema = withProfessionRule(z.strictObject({ id: resourceIdSchema, ...resourceFields }));

export type AddResourceInput = z.input<typeof addResourceInputSchema>;
export type NewResource = z.output<typeof addResourceInputSchema>;
export type UpdateResourceInput = z.output<typeof updateResourceInputSchema>;

/** A filter for the library: leave a field out to take every theme (or profession). */
export const resourceFilterSchema = z.strictObject({
  themeId: z.enum(THEME_IDS, { error: 'Choose a theme of the framework to filter by' }).optional(),
  professionId: z.enum(PROFESSION_IDS, { error: 'Choose a clinical profession to filter by' }).optional(),
});

export type ResourceFilter = z.output<typeof resourceFilterSchema>;

export const resourceSchema = z.strictObject({
  id: resourceIdSchema,
  title: z.string(),
  provider: z.string(),
  description: z.string(),
  url: z.string().nullable(),
  themeIds: z.array(z.enum(THEME_IDS)),
  allProfessions: z.boolean(),
  professionIds: z.array(z.enum(PROFESSION_IDS)),
  /** The document a built-in item comes from; null for the user's own. */
  source: z.enum(SOURCE_IDS).nullable(),
  /** Where in that document, such as "Annex 2: Useful resources"; empty when not useful. */
  sourceSection: z.string(),
  builtIn: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Resource = z.output<typeof resourceSchema>;

/**
 * Whether a resource passes a filter: it serves the theme, and it serves the profession (an item
 * for all clinical professions serves each of them). The same rule as the database's query.
 */
export function resourceMatches(
  resource: Pick<Resource, 'themeIds' | 'allProfessions' | 'professionIds'>,
  filter: { readonly themeId?: ThemeId | undefined; readonly professionId?: ProfessionId | undefined },
): boolean {
  if (filter.themeId !== undefined && !resource.themeIds.includes(filter.themeId)) return false;
  if (filter.professionId !== undefined && !resource.allProfessions && !resource.professionIds.includes(filter.professionId)) {
    return false;
  }
  return true;
}
