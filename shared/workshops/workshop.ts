import { z } from 'zod';
import { boardMemberIdSchema, BOARD_ROLES } from '../board/board-member';
import { organisationIdSchema } from '../organisations/organisation';
import { idSchema, isoDateSchema, optionalText, requiredText } from '../util/schemas';

export const WORKSHOP_TITLE_MAX = 200;
export const PERSON_NAME_MAX = 200;
export const PERSON_ROLE_MAX = 200;
export const MAX_GUESTS = 50;

export const workshopIdSchema = idSchema('Workshop');
export const participantIdSchema = idSchema('Participant');

const guestInputSchema = z.strictObject({
  /** Present when the guest is already a participant (kept, with their ratings). */
  id: participantIdSchema.optional(),
  name: requiredText('guest’s name', PERSON_NAME_MAX),
  role: optionalText('guest’s role', PERSON_ROLE_MAX),
});

export type GuestInput = z.input<typeof guestInputSchema>;

const participantsInputSchema = z.strictObject({
  boardMemberIds: z
    .array(boardMemberIdSchema, { error: 'Board participants must be a list' })
    .max(100, { error: 'A workshop can have at most 100 board participants' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'A board member is listed twice' }),
  guests: z
    .array(guestInputSchema, { error: 'Guests must be a list' })
    .max(MAX_GUESTS, { error: `A workshop can have at most ${MAX_GUESTS} guests` }),
});

const workshopFields = {
  title: requiredText('workshop title', WORKSHOP_TITLE_MAX),
  date: isoDateSchema,
  facilitator: optionalText('facilitator’s name', PERSON_NAME_MAX),
  participants: participantsInputSchema,
};

export const createWorkshopInputSchema = z.strictObject({ organisationId: organisationIdSchema, ...workshopFields });
export const updateWorkshopInputSchema = z.strictObject({ id: workshopIdSchema, ...workshopFields });

export type CreateWorkshopInput = z.input<typeof createWorkshopInputSchema>;
export type NewWorkshop = z.output<typeof createWorkshopInputSchema>;
export type WorkshopUpdate = z.output<typeof updateWorkshopInputSchema>;

export const participantSchema = z.strictObject({
  id: participantIdSchema,
  /** null for a guest, or for a board member since removed from the board (the name stays). */
  boardMemberId: boardMemberIdSchema.nullable(),
  name: z.string(),
  /** The board role's label at the time, or the guest's own description. */
  role: z.string(),
  boardRole: z.enum(BOARD_ROLES).nullable(),
  guest: z.boolean(),
});

export type Participant = z.output<typeof participantSchema>;

export const workshopSchema = z.strictObject({
  id: workshopIdSchema,
  organisationId: organisationIdSchema,
  title: z.string(),
  date: z.string(),
  facilitator: z.string(),
  participants: z.array(participantSchema),
  /** Questions with a consensus rating, out of 17. */
  questionsRated: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Workshop = z.output<typeof workshopSchema>;
