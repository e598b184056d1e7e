import { z } from 'zod';
import { isQuestionId, isThemeId, THEMES } from '../framework/content';
import { LEVEL_IDS } from '../framework/levels';
import { PROFESSION_IDS } from '../framework/professions';
import { participantIdSchema, workshopIdSchema, workshopSchema } from './workshop';

/** Evidence and notes for one question: room for a full discussion, not for a pasted document. */
export const NOTES_MAX = 10_000;

const BARRIER_IDS: ReadonlySet<string> = new Set(THEMES.flatMap((t) => t.barriers.map((b) => b.id)));

export const questionIdSchema = z
  .string({ error: 'Question must be given by its id, like q1' })
  .refine((id) => isQuestionId(id), { error: 'There is no such key question (they run from q1 to q17)' });

export const barrierIdSchema = z
  .string({ error: 'Barrier must be given by its id' })
  .refine((id) => BARRIER_IDS.has(id), { error: 'There is no such barrier in the framework' });

export const professionIdSchema = z.enum(PROFESSION_IDS, { error: 'There is no such clinical profession' });

const ratingSchema = z
  .number({ error: 'A rating must be a number from 1 to 5' })
  .int({ error: 'A rating must be a whole number from 1 to 5' })
  .min(1, { error: 'A rating must be from 1 to 5' })
  .max(5, { error: 'A rating must be from 1 to 5' });

const severitySchema = z
  .number({ error: 'A severity must be a number from 0 to 3' })
  .int({ error: 'A severity must be a whole number from 0 to 3' })
  .min(0, { error: 'A severity must be from 0 (none) to 3 (major)' })
  .max(3, { error: 'A severity must be from 0 (none) to 3 (major)' });

/** Where the facilitator is in the walk-through; the presenter view follows it. */
export const positionSchema = z
  .string({ error: 'Position must be text' })
  .max(60, { error: 'Position is not recognised' })
  .refine(isPosition, { error: 'Position is not recognised' });

export type Position = 'ceilings' | 'priorities' | `theme:${string}` | `question:${string}`;

export function isPosition(value: string): value is Position {
  if (value === 'ceilings' || value === 'priorities') return true;
  if (value.startsWith('theme:')) return isThemeId(value.slice('theme:'.length));
  if (value.startsWith('question:')) return isQuestionId(value.slice('question:'.length));
  return false;
}

export const NO_CEILING = 'no-ceiling' as const;

export const setConsensusInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  questionId: questionIdSchema,
  /** null clears the rating. */
  rating: ratingSchema.nullable(),
});

export const setIndividualInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  questionId: questionIdSchema,
  participantId: participantIdSchema,
  rating: ratingSchema.nullable(),
});

export const setNotesInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  questionId: questionIdSchema,
  notes: z
    .string({ error: 'Notes must be text' })
    .max(NOTES_MAX, { error: `Notes must be ${NOTES_MAX.toLocaleString('en-GB')} characters or fewer` }),
});

export const setSeverityInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  barrierId: barrierIdSchema,
  professionId: professionIdSchema,
  severity: severitySchema.nullable(),
});

export const setPerceivedCeilingInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  professionId: professionIdSchema,
  /** A level, "no-ceiling", or null to clear. */
  ceiling: z.enum([...LEVEL_IDS, NO_CEILING], { error: 'Choose a level, or “no ceiling”' }).nullable(),
});

export const setPositionInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  position: positionSchema,
});

export const questionRatingSchema = z.strictObject({
  questionId: z.string(),
  consensus: z.number().int().min(1).max(5).nullable(),
  notes: z.string(),
  individual: z.array(z.strictObject({ participantId: participantIdSchema, rating: z.number().int().min(1).max(5) })),
});

export type QuestionRating = z.output<typeof questionRatingSchema>;

export const severityEntrySchema = z.strictObject({
  barrierId: z.string(),
  professionId: z.enum(PROFESSION_IDS),
  severity: z.number().int().min(0).max(3),
});

export type SeverityEntry = z.output<typeof severityEntrySchema>;

export const perceivedCeilingSchema = z.strictObject({
  professionId: z.enum(PROFESSION_IDS),
  ceiling: z.enum([...LEVEL_IDS, NO_CEILING]),
});

export type PerceivedCeiling = z.output<typeof perceivedCeilingSchema>;

/** Everything the walk-through shows, in one read. */
export const workshopSessionSchema = z.strictObject({
  workshop: workshopSchema,
  organisationName: z.string(),
  ratings: z.array(questionRatingSchema),
  severities: z.array(severityEntrySchema),
  perceivedCeilings: z.array(perceivedCeilingSchema),
  position: positionSchema.nullable(),
  positionChangedAt: z.iso.datetime().nullable(),
});

export type WorkshopSession = z.output<typeof workshopSessionSchema>;
