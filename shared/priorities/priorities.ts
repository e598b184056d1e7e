import { z } from 'zod';
import { boardMemberIdSchema } from '../board/board-member';
import { questionIdSchema } from '../workshops/session';
import { participantIdSchema, workshopIdSchema } from '../workshops/workshop';
import { idSchema, isoDateSchema, optionalText, requiredText } from '../util/schemas';

export const MAX_DOTS = 10;
export const DEFAULT_DOTS = 3;
export const ACTION_DESCRIPTION_MAX = 1000;
export const ACTION_NOTES_MAX = 2000;

export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

export const CHAMPION_KINDS = ['executive', 'non-executive'] as const;
export type ChampionKind = (typeof CHAMPION_KINDS)[number];

export const actionIdSchema = idSchema('Action');

const dotsSchema = z
  .number({ error: 'Dots must be a number' })
  .int({ error: 'Dots must be a whole number' })
  .min(0, { error: 'Dots cannot be fewer than 0' })
  .max(MAX_DOTS, { error: `Dots must be ${MAX_DOTS} or fewer` });

export const setVoteInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  participantId: participantIdSchema,
  questionId: questionIdSchema,
  /** 0 takes the participant's dots off the question. */
  dots: dotsSchema,
});

export const setVotingInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  dotsPerParticipant: dotsSchema.min(1, { error: 'Each participant needs at least 1 dot' }),
  hideVotes: z.boolean({ error: 'Hide votes must be true or false' }),
  revealed: z.boolean({ error: 'Revealed must be true or false' }),
});

export const setOrderInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  /** The board's order of all 17 questions, or null to go back to the proposed order. */
  order: z
    .array(questionIdSchema)
    .length(17, { error: 'The order must list all 17 questions' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'The order lists a question twice' })
    .nullable(),
});

export const setAgreedInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  questionId: questionIdSchema,
  agreed: z.boolean({ error: 'Agreed must be true or false' }),
});

const actionFields = {
  description: requiredText('action', ACTION_DESCRIPTION_MAX, 'Describe the action'),
  ownerId: boardMemberIdSchema,
  dueDate: isoDateSchema,
  status: z.enum(ACTION_STATUSES, { error: 'Choose a status' }),
  notes: optionalText('notes', ACTION_NOTES_MAX),
  resourceId: idSchema('Resource').nullable(),
};

export const addActionInputSchema = z.strictObject({ workshopId: workshopIdSchema, questionId: questionIdSchema, ...actionFields });
export const updateActionInputSchema = z.strictObject({ id: actionIdSchema, ...actionFields });
export type NewAction = z.output<typeof addActionInputSchema>;
export type ActionUpdate = z.output<typeof updateActionInputSchema>;

export const setChampionInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  kind: z.enum(CHAMPION_KINDS, { error: 'Choose the executive or the non-executive lead' }),
  boardMemberId: boardMemberIdSchema.nullable(),
});

export const dotVoteSchema = z.strictObject({ participantId: z.number().int(), questionId: z.string(), dots: z.number().int() });
export type DotVote = z.output<typeof dotVoteSchema>;

export const actionSchema = z.strictObject({
  id: actionIdSchema,
  workshopId: z.number().int(),
  questionId: z.string(),
  description: z.string(),
  ownerId: z.number().int().nullable(),
  ownerName: z.string(),
  dueDate: z.string(),
  status: z.enum(ACTION_STATUSES),
  notes: z.string(),
  resourceId: z.number().int().nullable(),
  resourceTitle: z.string().nullable(),
  updatedAt: z.string(),
});
export type Action = z.output<typeof actionSchema>;

export const championSchema = z.strictObject({ boardMemberId: z.number().int().nullable(), name: z.string() });
export type Champion = z.output<typeof championSchema>;

export const prioritiesSchema = z.strictObject({
  workshopId: z.number().int(),
  dotsPerParticipant: z.number().int(),
  hideVotes: z.boolean(),
  revealed: z.boolean(),
  votes: z.array(dotVoteSchema),
  /** The board's order, or null while it follows the proposed order. */
  order: z.array(z.string()).nullable(),
  agreed: z.array(z.string()),
  actions: z.array(actionSchema),
  champions: z.strictObject({ executive: championSchema.nullable(), nonExecutive: championSchema.nullable() }),
});
export type Priorities = z.output<typeof prioritiesSchema>;

/** The workshop before this one, as a repeat workshop shows it. */
export const progressSchema = z.strictObject({
  previous: z.strictObject({ id: z.number().int(), title: z.string(), date: z.string() }).nullable(),
  actions: z.array(actionSchema),
  ratings: z.array(z.strictObject({ questionId: z.string(), previous: z.number().int().nullable(), current: z.number().int().nullable() })),
});
export type Progress = z.output<typeof progressSchema>;
