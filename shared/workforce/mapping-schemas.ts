import { z } from 'zod';
import { LEVEL_IDS } from '../framework/levels';
import { PROFESSION_IDS } from '../framework/professions';
import { requiredText } from '../util/schemas';
import { COLUMN_FIELD_LABELS } from './columns';
import type { ColumnField } from './columns';
import { NON_CLINICAL } from './types';
import type { ColumnMapping, ValueMapping } from './types';

/** Column headers and source values longer than this are not category values of a staff record. */
export const SOURCE_TEXT_MAX = 200;
/** More distinct values than any real extract has; the cap keeps a hostile profile from swamping the app. */
export const VALUE_MAPPING_MAX_KEYS = 20_000;
export const PROFILE_NAME_MAX = 80;

function headerSchema(field: ColumnField) {
  const label = COLUMN_FIELD_LABELS[field];
  return z
    .string({ error: `Choose the column that holds the ${label}` })
    .trim()
    .min(1, { error: `Choose the column that holds the ${label}` })
    .max(SOURCE_TEXT_MAX, { error: `The name of the ${label} column must be ${SOURCE_TEXT_MAX} characters or fewer` });
}

type Issue = { readonly path: ColumnField; readonly message: string };

/** One column cannot play two parts: the second field to claim it is the one to change. */
function sharedColumns(fields: readonly (readonly [ColumnField, string | null])[]): Issue[] {
  const seen = new Map<string, ColumnField>();
  const issues: Issue[] = [];
  for (const [field, header] of fields) {
    if (header === null) continue;
    const earlier = seen.get(header);
    if (earlier === undefined) seen.set(header, field);
    else {
      issues.push({
        path: field,
        message: `"${header}" is already chosen for the ${COLUMN_FIELD_LABELS[earlier]}: choose a different column for the ${COLUMN_FIELD_LABELS[field]}`,
      });
    }
  }
  return issues;
}

const personColumnsSchema = z
  .object({
    shape: z.literal('person'),
    staffGroup: headerSchema('staffGroup').nullable(),
    occupation: headerSchema('occupation').nullable(),
    level: headerSchema('level'),
    fte: headerSchema('fte').nullable(),
  })
  .superRefine((columns, ctx) => {
    if (columns.staffGroup === null && columns.occupation === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['staffGroup'],
        message: 'Choose the column that holds the staff group, the occupation or job role, or both',
      });
    }
    const issues = sharedColumns([
      ['staffGroup', columns.staffGroup],
      ['occupation', columns.occupation],
      ['level', columns.level],
      ['fte', columns.fte],
    ]);
    for (const { path, message } of issues) ctx.addIssue({ code: 'custom', path: [path], message });
  });

const aggregatedColumnsSchema = z
  .object({
    shape: z.literal('aggregated'),
    profession: headerSchema('profession'),
    level: headerSchema('level'),
    headcount: headerSchema('headcount'),
    fte: headerSchema('fte').nullable(),
  })
  .superRefine((columns, ctx) => {
    const issues = sharedColumns([
      ['profession', columns.profession],
      ['level', columns.level],
      ['headcount', columns.headcount],
      ['fte', columns.fte],
    ]);
    for (const { path, message } of issues) ctx.addIssue({ code: 'custom', path: [path], message });
  });

export const columnMappingSchema = z.discriminatedUnion('shape', [personColumnsSchema, aggregatedColumnsSchema], {
  error: 'Choose whether the file has one row per person or is already aggregated',
}) satisfies z.ZodType<ColumnMapping>;

const PROFESSION_TARGETS = [...PROFESSION_IDS, NON_CLINICAL, 'exclude'] as const;
const OCCUPATION_TARGETS = [...PROFESSION_TARGETS, 'as-group'] as const;
const LEVEL_TARGETS = [...LEVEL_IDS, 'below-ladder', 'exclude'] as const;

/**
 * Source values as keys: exact and trimmed, since the preview looks them up as the scan trimmed
 * them, and never blank, since blank values are excluded with their own reason.
 */
function valueRecord<T extends string>(what: string, targets: readonly [T, ...T[]], targetMessage: string) {
  const key = z
    .string()
    .min(1, { error: `A blank ${what} value cannot be mapped` })
    .max(SOURCE_TEXT_MAX, { error: `A ${what} value must be ${SOURCE_TEXT_MAX} characters or fewer` })
    .refine((value) => value === value.trim(), { error: `A ${what} value must not start or end with spaces` });
  const record = z
    .record(key, z.enum(targets, { error: targetMessage }), {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? `Each ${what} value must be 1 to ${SOURCE_TEXT_MAX} characters with no spaces at either end`
          : `The ${what} mapping must be a list of values and where each goes`,
    })
    .refine((record) => Object.keys(record).length <= VALUE_MAPPING_MAX_KEYS, {
      error: `At most ${VALUE_MAPPING_MAX_KEYS.toLocaleString('en-GB')} ${what} values can be mapped`,
    });
  // A record cannot hold the key "__proto__" (assigning it sets the prototype), so zod drops it
  // without a word and the value would vanish from the saved mapping: refused by name instead.
  return z
    .custom<Record<string, T>>((input) => typeof input !== 'object' || input === null || !Object.hasOwn(input, '__proto__'), {
      path: ['__proto__'],
      error: `A ${what} value cannot be "__proto__"`,
    })
    .pipe(record);
}

export const valueMappingSchema = z.object(
  {
    groups: valueRecord('staff group', PROFESSION_TARGETS, 'Each staff group value must go to a profession, non-clinical or exclude'),
    occupations: valueRecord(
      'occupation',
      OCCUPATION_TARGETS,
      'Each occupation value must go to a profession, non-clinical, exclude or "same as staff group"',
    ),
    levels: valueRecord('pay band or grade', LEVEL_TARGETS, 'Each pay band or grade must go to a level, below the ladder or exclude'),
  },
  { error: 'The value mapping must list staff groups, occupations and pay bands' },
) satisfies z.ZodType<ValueMapping>;

export const profileNameSchema = requiredText('profile name', PROFILE_NAME_MAX, 'Enter a name for the mapping profile');

/** A named mapping the user saves after an import and is offered again on the next. */
export const importProfileSchema = z.object({
  name: profileNameSchema,
  columns: columnMappingSchema,
  values: valueMappingSchema,
});

export type ImportProfile = z.infer<typeof importProfileSchema>;
