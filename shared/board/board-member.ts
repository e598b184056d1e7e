import { z } from 'zod';
import { PROFESSION_IDS } from '../framework/professions';
import type { ProfessionId } from '../framework/professions';
import { idSchema, requiredText } from '../util/schemas';
import { organisationIdSchema } from '../organisations/organisation';

/** Board roles in the order a board lists itself: chair first, executives, then non-executives. */
export const BOARD_ROLES = [
  'chair',
  'chief-executive',
  'finance-director',
  'medical-director',
  'nurse-director',
  'other-executive-director',
  'non-executive-director',
  'associate-non-voting',
] as const;

export type BoardRole = (typeof BOARD_ROLES)[number];

export const BOARD_ROLE_LABELS: Readonly<Record<BoardRole, string>> = {
  chair: 'Chair',
  'chief-executive': 'Chief executive',
  'finance-director': 'Finance director',
  'medical-director': 'Medical director',
  'nurse-director': 'Nurse director',
  'other-executive-director': 'Other executive director',
  'non-executive-director': 'Non-executive director',
  'associate-non-voting': 'Associate or non-voting member',
};

/** Roles that are executive (or not) by definition; associates may be either. */
export const EXECUTIVE_BY_ROLE: Readonly<Record<BoardRole, boolean | null>> = {
  chair: false,
  'chief-executive': true,
  'finance-director': true,
  'medical-director': true,
  'nurse-director': true,
  'other-executive-director': true,
  'non-executive-director': false,
  'associate-non-voting': null,
};

/** Independence is a question only for non-executives (the chair and NEDs, and non-executive associates). */
export function independenceApplies(role: BoardRole, executive: boolean): boolean {
  return !executive && (role === 'chair' || role === 'non-executive-director' || role === 'associate-non-voting');
}

export const BACKGROUNDS = [...PROFESSION_IDS, 'non-clinical'] as const;
export type Background = ProfessionId | 'non-clinical';

export const BOARD_MEMBER_NAME_MAX = 200;

export const boardMemberIdSchema = idSchema('Board member');

const boardMemberFields = {
  name: requiredText('name', BOARD_MEMBER_NAME_MAX),
  role: z.enum(BOARD_ROLES, { error: 'Select the role on the board' }),
  voting: z.boolean({ error: 'Say whether this member votes' }),
  executive: z.boolean({ error: 'Say whether this member is an executive' }),
  /** null when independence does not apply (executives). */
  independent: z.boolean({ error: 'Say whether this non-executive is independent' }).nullable(),
  background: z.enum(BACKGROUNDS, { error: 'Select the professional background' }),
  registered: z.boolean({ error: 'Say whether this member is registered with a professional regulator' }),
};

type MemberFields = {
  role: BoardRole;
  voting: boolean;
  executive: boolean;
  independent: boolean | null;
  background: Background;
  registered: boolean;
};

/**
 * The combinations that cannot be true of a real board, each named against the field to change.
 * Only checked once every field involved is itself well formed.
 */
function memberProblems(value: MemberFields): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const executiveByRole = EXECUTIVE_BY_ROLE[value.role];
  if (executiveByRole !== null && executiveByRole !== value.executive) {
    problems.push({
      path: 'executive',
      message: `A ${BOARD_ROLE_LABELS[value.role].toLowerCase()} is ${executiveByRole ? 'an executive' : 'not an executive'}`,
    });
  }
  if (value.role === 'associate-non-voting' && value.voting) {
    problems.push({ path: 'voting', message: 'An associate or non-voting member cannot vote' });
  }
  const applies = independenceApplies(value.role, value.executive);
  if (applies && value.independent === null) {
    problems.push({ path: 'independent', message: 'Say whether this non-executive is independent' });
  }
  if (!applies && value.independent !== null) {
    problems.push({ path: 'independent', message: 'Independence applies only to the chair and non-executive members' });
  }
  if (value.background === 'non-clinical' && value.registered) {
    problems.push({
      path: 'registered',
      message: 'Only a member with a clinical background can be registered with a professional regulator',
    });
  }
  return problems;
}

function withMemberRules<T extends z.ZodType<MemberFields>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    for (const problem of memberProblems(value)) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    }
  });
}

export const addBoardMemberInputSchema = withMemberRules(
  z.strictObject({ organisationId: organisationIdSchema, ...boardMemberFields }),
);
export const updateBoardMemberInputSchema = withMemberRules(
  z.strictObject({ id: boardMemberIdSchema, ...boardMemberFields }),
);

export type AddBoardMemberInput = z.input<typeof addBoardMemberInputSchema>;
export type NewBoardMember = z.output<typeof addBoardMemberInputSchema>;
export type UpdateBoardMemberInput = z.output<typeof updateBoardMemberInputSchema>;

export const boardMemberSchema = z.strictObject({
  id: boardMemberIdSchema,
  organisationId: organisationIdSchema,
  name: z.string(),
  role: z.enum(BOARD_ROLES),
  voting: z.boolean(),
  executive: z.boolean(),
  independent: z.boolean().nullable(),
  background: z.enum(BACKGROUNDS),
  registered: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type BoardMember = z.output<typeof boardMemberSchema>;
