import { PROFESSIONS } from '../framework/professions';
import type { ProfessionId } from '../framework/professions';
import type { OrganisationType } from '../organisations/organisation';
import { BOARD_ROLE_LABELS } from './board-member';
import type { Background, BoardMember, BoardRole } from './board-member';

/**
 * The board composition check (PRODUCT.md, workflow step 2): the rules of section 4 of the
 * framework ("What are the legal or policy considerations?") applied to the board as entered, and
 * "who is missing from the table". Pure functions over the members and the organisation type.
 *
 * Decisions, each stated on the screen too:
 *
 * - Only VOTING members count as directors. Section 4 limits and requires "directors" (NHS trusts:
 *   "a maximum of 12 directors, excluding the chair ... no more than seven non-executive directors
 *   (excluding the chair) and five executive directors"). The directors of a trust board are its
 *   voting members; associate and other non-voting members attend without being directors, so
 *   they are named in the findings ("not counted: they do not vote") but never counted, and a
 *   non-voting member cannot fill a required executive post.
 * - A required executive is met by a voting executive director whose professional background is
 *   the profession asked for and who is recorded as registered (a medical director who is not
 *   recorded as a registered doctor or dentist does not meet it; another executive who is does).
 *   When nobody holds the role and no executive has the background, the board as entered cannot
 *   tell us (it may simply not be entered yet): the finding says what to add, and that a vacant
 *   post means the rule is not met.
 * - No dominant group (foundation trusts): the framework quotes the Code of Governance, "an
 *   appropriate combination of executives and non-executives, ensuring that there is no one
 *   dominant 'group'", and gives no number. Boardwalk's test: the voting executive directors must
 *   not outnumber the chair and the voting non-executive directors together.
 * - Independence (foundation trusts): "at least half the non-executives should be independent",
 *   counted over the voting non-executive directors, excluding the chair.
 * - The clinical non-executive is a prompt, never a rule: "the council of governors should take
 *   into account the value in having a non-executive director with a clinical background". Its
 *   status is always 'guidance'; `outcome` says whether the board has one.
 * - Integrated care boards and other organisations: section 4 is written for NHS trust and
 *   foundation trust boards, so every rule is shown for reference only (status 'guidance').
 */

export type CompositionStatus = 'met' | 'not-met' | 'cannot-tell' | 'guidance';

/** What a rule finds of the board, whether or not it applies to this type of organisation. */
export type RuleOutcome = Exclude<CompositionStatus, 'guidance'>;

export const COMPOSITION_RULE_IDS = [
  'chief-executive',
  'chief-financial-officer',
  'registered-doctor-or-dentist',
  'registered-nurse-or-midwife',
  'directors-limit',
  'non-executives-limit',
  'executives-limit',
  'no-dominant-group',
  'independent-non-executives',
  'clinical-non-executive',
] as const;

export type CompositionRuleId = (typeof COMPOSITION_RULE_IDS)[number];

export type ConcernedMember = {
  readonly id: number;
  readonly name: string;
  /** Why this member is named: "does not vote", "not independent". */
  readonly note?: string;
};

export type CompositionFinding = {
  readonly ruleId: CompositionRuleId;
  /** The rule in plain words. */
  readonly title: string;
  /** Where the rule comes from: the framework's section and the law or code it cites. */
  readonly source: string;
  /** The framework's own words for the rule. */
  readonly quote: string;
  readonly status: CompositionStatus;
  /** The same as `status` for a rule that applies; for guidance, what the rule finds of this board. */
  readonly outcome: RuleOutcome;
  /** A sentence with the counts. */
  readonly detail: string;
  /** When the outcome is 'cannot-tell': exactly what to record. */
  readonly missing?: string;
  /** The members the finding is about, in board order. */
  readonly members: readonly ConcernedMember[];
};

/** What the check needs of a member (a BoardMember has it all). */
export type CompositionMember = Pick<
  BoardMember,
  'id' | 'name' | 'role' | 'voting' | 'executive' | 'independent' | 'background' | 'registered'
>;

export type CompositionInput = {
  readonly organisationType: OrganisationType;
  readonly members: readonly CompositionMember[];
};

export const NHS_TRUST_MAX_DIRECTORS = 12;
export const NHS_TRUST_MAX_NON_EXECUTIVES = 7;
export const NHS_TRUST_MAX_EXECUTIVES = 5;

const REGULATION_2 = 'Regulation 2 of the National Health Service Trusts (Membership and Procedure) Regulations 1990/2024';

export const SOURCES = {
  nhsTrustRegulations: `Framework section 4, “For NHS trust boards”; ${REGULATION_2}`,
  schedule7: 'Framework section 4, “For foundation trust boards”; NHS Act 2006, Schedule 7',
  codeOfGovernance: 'Framework section 4, “For foundation trust boards”; Foundation Trust Code of Governance',
  bothRequiredExecutives: `Framework section 4; ${REGULATION_2} (NHS trusts); NHS Act 2006, Schedule 7 (foundation trusts)`,
} as const;

/** The framework's words, quoted as section 4 gives them. */
export const FRAMEWORK_QUOTES = {
  nhsTrustLimits:
    'For most NHS trusts Regulation 2 of the National Health Service Trusts (Membership and Procedure) Regulations 1990/2024 specifies a maximum of 12 directors, excluding the chair. Of these, there can be no more than seven non-executive directors (excluding the chair) and five executive directors which must include: a chief executive officer, a chief financial officer, an executive director who is a registered doctor or dentist, and an executive director who is a registered nurse/midwife.',
  nhsTrustVariations:
    'There are some variations/exceptions for mental health trusts, care trusts and trusts that do not provide services directly to patients or principally provide ambulance or transport services.',
  schedule7:
    'Foundations trust boards are subject to the requirements of the NHS Act 2006 – Schedule 7, which require boards to include: a chief executive officer, a chief financial officer, an executive director who is a registered doctor or dentist, and an executive director who is a registered nurse/midwife.',
  foundationTrustSize:
    'Foundation trusts are able to alter the number of board members but cannot alter the requirements of Schedule 7 above and must take account of the Foundation Trust Code of Governance, which specifies that:',
  codeBalance:
    'The board is required have the appropriate balance of skills, experience, independence and knowledge to enable them to discharge their respective duties and responsibilities effectively.',
  codeSize:
    "The board must be of sufficient size to discharge its functions and such that changes to the board's composition and that of its committees can be managed without undue disruption, but it should not be so large as to be unwieldy.",
  noDominantGroup:
    "There should be an appropriate combination of executives and non-executives, ensuring that there is no one dominant 'group' and at least half the non-executives should be independent.",
  clinicalNonExecutive:
    'Further, the council of governors should take into account the value in having a non-executive director with a clinical background.',
  nhsTrustClinicalNonExecutive:
    'Non-executive directorships, being part-time strategic leadership roles, can also be filled by people with clinical backgrounds. This offers another opportunity to increase professional diversity at board level.',
} as const;

/** A person's background in words ("Nurse", "Allied health professional", "Non-clinical"). */
const BACKGROUND_WORDS: Readonly<Record<Background, string>> = {
  ...(Object.fromEntries(PROFESSIONS.map((p) => [p.id, p.shortLabel])) as Record<ProfessionId, string>),
  ahp: 'Allied health professional',
  'other-clinical': 'Other clinical profession',
  'non-clinical': 'Non-clinical',
};

const roleWords = (role: BoardRole) => BOARD_ROLE_LABELS[role].toLowerCase();

function ref(member: CompositionMember, note?: string): ConcernedMember {
  return note === undefined ? { id: member.id, name: member.name } : { id: member.id, name: member.name, note };
}

function names(members: readonly CompositionMember[]): string {
  const all = members.map((m) => m.name);
  if (all.length <= 1) return all.join('');
  return `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Not counted, as they do not vote: Rob Ellis." or ''. */
function notCountedSentence(members: readonly CompositionMember[]): string {
  if (members.length === 0) return '';
  return ` Not counted, as they do not vote: ${names(members)}.`;
}

const isChair = (m: CompositionMember) => m.role === 'chair';
const isExecutive = (m: CompositionMember) => m.executive;
const isNonExecutiveNotChair = (m: CompositionMember) => !m.executive && !isChair(m);
const isClinical = (m: CompositionMember) => m.background !== 'non-clinical';

type Rule = Omit<CompositionFinding, 'status' | 'source' | 'ruleId' | 'title' | 'quote'>;

const EMPTY_BOARD: Rule = {
  outcome: 'cannot-tell',
  detail: 'No board members are entered.',
  missing: 'Add the board members: the chair, the executive directors and the non-executive directors.',
  members: [],
};

/** An upper limit on a group of voting members; the non-voting members of the group are named, not counted. */
function limitRule(
  members: readonly CompositionMember[],
  inGroup: (m: CompositionMember) => boolean,
  limit: number,
  groupOne: string,
  groupMany: string,
): Rule {
  if (members.length === 0) return EMPTY_BOARD;
  const group = members.filter(inGroup);
  const counted = group.filter((m) => m.voting);
  const notCounted = group.filter((m) => !m.voting);
  const count = plural(counted.length, groupOne, groupMany);
  const over = counted.length - limit;
  if (over > 0) {
    return {
      outcome: 'not-met',
      detail: `${count}: ${over} more than the ${limit} allowed.${notCountedSentence(notCounted)}`,
      members: counted.map((m) => ref(m)),
    };
  }
  return {
    outcome: 'met',
    detail: `${count} (at most ${limit}).${notCountedSentence(notCounted)}`,
    members: [],
  };
}

type RequiredExecutive = {
  readonly role: BoardRole;
  /** The backgrounds that qualify; none means any background (the role alone is asked for). */
  readonly backgrounds?: readonly Background[];
  /** "a registered doctor or dentist". */
  readonly who: string;
  readonly backgroundWords?: string;
  /** The answers to give on the board member form: "“Doctor or dentist”". */
  readonly formAnswer?: string;
};

/** Why a member who holds the role, or has the background, does not meet the rule. */
function shortfalls(member: CompositionMember, spec: RequiredExecutive): string[] {
  const reasons: string[] = [];
  if (!member.voting) reasons.push('does not vote');
  if (!member.executive) reasons.push('is not an executive');
  if (spec.backgrounds) {
    if (!spec.backgrounds.includes(member.background)) reasons.push(`background entered as ${BACKGROUND_WORDS[member.background]}`);
    else if (!member.registered) reasons.push('not recorded as registered');
  }
  return reasons;
}

function requiredExecutiveRule(members: readonly CompositionMember[], spec: RequiredExecutive): Rule {
  if (members.length === 0) return EMPTY_BOARD;
  const meets = (m: CompositionMember) => shortfalls(m, spec).length === 0 && (spec.backgrounds !== undefined || m.role === spec.role);
  const meeting = members.filter(meets);
  if (meeting.length > 0) {
    const who = meeting.map((m) => `${m.name} (${roleWords(m.role)})`);
    return {
      outcome: 'met',
      detail: `Met by ${who.join(' and ')}: a voting executive director${spec.backgrounds ? ` recorded as ${spec.who}` : ''}.`,
      members: meeting.map((m) => ref(m)),
    };
  }
  // Those who hold the role, and executives with the background: they are what stands in the way.
  const concerned = members.filter(
    (m) => m.role === spec.role || (spec.backgrounds !== undefined && m.executive && spec.backgrounds.includes(m.background)),
  );
  if (concerned.length === 0) {
    const nobody = spec.backgrounds
      ? `No member is the ${roleWords(spec.role)}, and no executive is recorded as ${spec.backgroundWords ?? spec.who}.`
      : `No member is the ${roleWords(spec.role)}.`;
    const record = spec.backgrounds
      ? `Add the executive director who is ${spec.who} (usually the ${roleWords(spec.role)}) with professional background ${spec.formAnswer ?? ''} and registered with a professional regulator “Yes”, or correct these answers for the executive who is.`
      : `Add the ${roleWords(spec.role)} as a board member with the role “${BOARD_ROLE_LABELS[spec.role]}”.`;
    return {
      outcome: 'cannot-tell',
      detail: nobody,
      missing: `${record} If the post is vacant, the board does not meet this rule.`,
      members: [],
    };
  }
  return {
    outcome: 'not-met',
    detail: `No voting executive director is ${spec.backgrounds ? `recorded as ${spec.who}` : `the ${roleWords(spec.role)}`}. ${concerned
      .map((m) => `${m.name} (${roleWords(m.role)}): ${shortfalls(m, spec).join(', ')}`)
      .join('; ')}.`,
    members: concerned.map((m) => ref(m, shortfalls(m, spec).join(', '))),
  };
}

const REQUIRED_EXECUTIVES: ReadonlyArray<{ readonly ruleId: CompositionRuleId; readonly title: string; readonly spec: RequiredExecutive }> = [
  {
    ruleId: 'chief-executive',
    title: 'A chief executive officer',
    spec: { role: 'chief-executive', who: 'the chief executive' },
  },
  {
    ruleId: 'chief-financial-officer',
    title: 'A chief financial officer (finance director)',
    spec: { role: 'finance-director', who: 'the finance director' },
  },
  {
    ruleId: 'registered-doctor-or-dentist',
    title: 'An executive director who is a registered doctor or dentist',
    spec: { role: 'medical-director', backgrounds: ['doctors'], who: 'a registered doctor or dentist', backgroundWords: 'a doctor or dentist', formAnswer: '“Doctor or dentist”' },
  },
  {
    ruleId: 'registered-nurse-or-midwife',
    title: 'An executive director who is a registered nurse or midwife',
    spec: {
      role: 'nurse-director',
      backgrounds: ['nurses', 'midwives'],
      who: 'a registered nurse or midwife',
      backgroundWords: 'a nurse or midwife',
      formAnswer: '“Nurse” or “Midwife”',
    },
  },
];

function noDominantGroupRule(members: readonly CompositionMember[]): Rule {
  if (members.length === 0) return EMPTY_BOARD;
  const executives = members.filter((m) => m.voting && isExecutive(m));
  const chair = members.filter((m) => m.voting && isChair(m));
  const nonExecutives = members.filter((m) => m.voting && isNonExecutiveNotChair(m));
  const side = chair.length + nonExecutives.length;
  if (executives.length === 0 && side === 0) {
    return {
      outcome: 'cannot-tell',
      detail: 'No member is recorded as voting.',
      missing: 'Record which members vote on board decisions.',
      members: [],
    };
  }
  if (nonExecutives.length === 0) {
    // A board entered executives first is unfinished, not dominated: say what is missing.
    return {
      outcome: 'cannot-tell',
      detail: 'No voting non-executive director is entered, so the balance cannot be judged.',
      missing: 'Add the non-executive directors.',
      members: [],
    };
  }
  const nonExecutiveWords = plural(nonExecutives.length, 'voting non-executive director', 'voting non-executive directors');
  const sideWords =
    chair.length > 0 ? `the chair and ${nonExecutiveWords} (${side} in all)` : `${nonExecutiveWords} (no voting chair is entered)`;
  const execWords = plural(executives.length, 'voting executive director', 'voting executive directors');
  if (executives.length > side) {
    return {
      outcome: 'not-met',
      detail: `${execWords} outnumber ${sideWords}: the executives are the dominant group.`,
      members: executives.map((m) => ref(m)),
    };
  }
  return {
    outcome: 'met',
    detail: `${execWords}, against ${sideWords}: the executives do not outnumber them.`,
    members: [],
  };
}

function independenceRule(members: readonly CompositionMember[]): Rule {
  if (members.length === 0) return EMPTY_BOARD;
  const group = members.filter(isNonExecutiveNotChair).filter((m) => m.role !== 'associate-non-voting');
  const counted = group.filter((m) => m.voting);
  const notCounted = group.filter((m) => !m.voting);
  const independent = counted.filter((m) => m.independent === true);
  const notIndependent = counted.filter((m) => m.independent === false);
  const unknown = counted.filter((m) => m.independent === null);
  const needed = Math.ceil(counted.length / 2);
  if (counted.length === 0) {
    return {
      outcome: 'cannot-tell',
      detail: `No voting non-executive directors are entered.${notCountedSentence(notCounted)}`,
      missing: 'Add the non-executive directors, recording for each whether they vote and whether they are independent.',
      members: [],
    };
  }
  const base = `${independent.length} of ${plural(counted.length, 'voting non-executive director', 'voting non-executive directors')} ${independent.length === 1 ? 'is' : 'are'} independent; at least ${needed} must be.`;
  if (independent.length >= needed) {
    return { outcome: 'met', detail: `${base}${notCountedSentence(notCounted)}`, members: [] };
  }
  if (independent.length + unknown.length < needed) {
    return {
      outcome: 'not-met',
      detail: `${base} Not independent: ${names(notIndependent)}.${notCountedSentence(notCounted)}`,
      members: [...notIndependent.map((m) => ref(m, 'not independent')), ...unknown.map((m) => ref(m, 'independence not recorded'))],
    };
  }
  return {
    outcome: 'cannot-tell',
    detail: `${base} Independence is not recorded for ${names(unknown)}.${notCountedSentence(notCounted)}`,
    missing: `Record whether ${names(unknown)} ${unknown.length === 1 ? 'is' : 'are'} independent: edit the member and answer “Is this member independent?”.`,
    members: unknown.map((m) => ref(m, 'independence not recorded')),
  };
}

function clinicalNonExecutiveRule(members: readonly CompositionMember[]): Rule {
  if (members.length === 0) return EMPTY_BOARD;
  const nonExecutives = members.filter((m) => m.voting && isNonExecutiveNotChair(m));
  const clinical = nonExecutives.filter(isClinical);
  const nonVotingClinical = members.filter((m) => !m.voting && !m.executive && isClinical(m));
  const alsoNonVoting =
    nonVotingClinical.length > 0
      ? ` Non-voting, so not a non-executive director: ${nonVotingClinical.map((m) => `${m.name} (${BACKGROUND_WORDS[m.background]})`).join(', ')}.`
      : '';
  if (nonExecutives.length === 0) {
    return {
      outcome: 'cannot-tell',
      detail: `No voting non-executive directors are entered.${alsoNonVoting}`,
      missing: 'Add the non-executive directors, with the professional background of each.',
      members: [],
    };
  }
  if (clinical.length > 0) {
    return {
      outcome: 'met',
      detail: `${clinical.length} of ${plural(nonExecutives.length, 'voting non-executive director', 'voting non-executive directors')} ${clinical.length === 1 ? 'has' : 'have'} a clinical background: ${clinical
        .map((m) => `${m.name} (${BACKGROUND_WORDS[m.background]})`)
        .join(', ')}. Keep the value of a clinical perspective in mind when non-executive posts next fall vacant.`,
      members: clinical.map((m) => ref(m, BACKGROUND_WORDS[m.background])),
    };
  }
  return {
    outcome: 'not-met',
    detail: `${nonExecutives.length === 1 ? 'The 1 voting non-executive director does not have' : `None of the ${nonExecutives.length} voting non-executive directors has`} a clinical background.${alsoNonVoting}`,
    members: [],
  };
}

type RuleSpec = {
  readonly ruleId: CompositionRuleId;
  readonly title: string;
  readonly source: string;
  readonly quote: string;
  readonly evaluate: (members: readonly CompositionMember[]) => Rule;
};

function requiredExecutives(source: string, quote: string): RuleSpec[] {
  return REQUIRED_EXECUTIVES.map(({ ruleId, title, spec }) => ({
    ruleId,
    title,
    source,
    quote,
    evaluate: (members) => requiredExecutiveRule(members, spec),
  }));
}

const NHS_TRUST_LIMITS: readonly RuleSpec[] = [
  {
    ruleId: 'directors-limit',
    title: `At most ${NHS_TRUST_MAX_DIRECTORS} directors, excluding the chair`,
    source: SOURCES.nhsTrustRegulations,
    quote: FRAMEWORK_QUOTES.nhsTrustLimits,
    evaluate: (members) =>
      limitRule(members, (m) => !isChair(m), NHS_TRUST_MAX_DIRECTORS, 'voting director excluding the chair', 'voting directors excluding the chair'),
  },
  {
    ruleId: 'non-executives-limit',
    title: `At most ${NHS_TRUST_MAX_NON_EXECUTIVES} non-executive directors, excluding the chair`,
    source: SOURCES.nhsTrustRegulations,
    quote: FRAMEWORK_QUOTES.nhsTrustLimits,
    evaluate: (members) =>
      limitRule(
        members,
        (m) => m.role === 'non-executive-director',
        NHS_TRUST_MAX_NON_EXECUTIVES,
        'voting non-executive director',
        'voting non-executive directors',
      ),
  },
  {
    ruleId: 'executives-limit',
    title: `At most ${NHS_TRUST_MAX_EXECUTIVES} executive directors`,
    source: SOURCES.nhsTrustRegulations,
    quote: FRAMEWORK_QUOTES.nhsTrustLimits,
    evaluate: (members) =>
      limitRule(members, isExecutive, NHS_TRUST_MAX_EXECUTIVES, 'voting executive director', 'voting executive directors'),
  },
];

const FOUNDATION_TRUST_CODE: readonly RuleSpec[] = [
  {
    ruleId: 'no-dominant-group',
    title: 'No one dominant group: the executives do not outnumber the chair and non-executives',
    source: SOURCES.codeOfGovernance,
    quote: FRAMEWORK_QUOTES.noDominantGroup,
    evaluate: noDominantGroupRule,
  },
  {
    ruleId: 'independent-non-executives',
    title: 'At least half of the non-executive directors, excluding the chair, are independent',
    source: SOURCES.codeOfGovernance,
    quote: FRAMEWORK_QUOTES.noDominantGroup,
    evaluate: independenceRule,
  },
  {
    ruleId: 'clinical-non-executive',
    title: 'The council of governors should consider the value of a non-executive director with a clinical background',
    source: SOURCES.codeOfGovernance,
    quote: FRAMEWORK_QUOTES.clinicalNonExecutive,
    evaluate: clinicalNonExecutiveRule,
  },
];

const NHS_TRUST_CLINICAL_NON_EXECUTIVE: RuleSpec = {
  ruleId: 'clinical-non-executive',
  title: 'Non-executive directorships can also be filled by people with clinical backgrounds',
  source: 'Framework section 4, “For NHS trust boards”',
  quote: FRAMEWORK_QUOTES.nhsTrustClinicalNonExecutive,
  evaluate: clinicalNonExecutiveRule,
};

/** The rules of an organisation type and whether they apply (false: shown for reference only). */
function rulesFor(type: OrganisationType): { readonly rules: readonly RuleSpec[]; readonly apply: boolean; readonly guidance: ReadonlySet<CompositionRuleId> } {
  switch (type) {
    case 'nhs-trust':
      return {
        rules: [...NHS_TRUST_LIMITS, ...requiredExecutives(SOURCES.nhsTrustRegulations, FRAMEWORK_QUOTES.nhsTrustLimits), NHS_TRUST_CLINICAL_NON_EXECUTIVE],
        apply: true,
        guidance: new Set(['clinical-non-executive']),
      };
    case 'nhs-foundation-trust':
      return {
        rules: [...requiredExecutives(SOURCES.schedule7, FRAMEWORK_QUOTES.schedule7), ...FOUNDATION_TRUST_CODE],
        apply: true,
        guidance: new Set(['clinical-non-executive']),
      };
    case 'integrated-care-board':
    case 'other':
      return {
        rules: [
          ...requiredExecutives(SOURCES.bothRequiredExecutives, `${FRAMEWORK_QUOTES.nhsTrustLimits} ${FRAMEWORK_QUOTES.schedule7}`),
          ...NHS_TRUST_LIMITS,
          ...FOUNDATION_TRUST_CODE,
        ],
        apply: false,
        guidance: new Set(),
      };
  }
}

/** True when section 4's rules bind this type of organisation (false: shown for reference only). */
export function rulesApply(type: OrganisationType): boolean {
  return rulesFor(type).apply;
}

/** Every finding of the board as entered, in the order the screen and report show them. */
export function checkComposition(input: CompositionInput): CompositionFinding[] {
  const { rules, apply, guidance } = rulesFor(input.organisationType);
  return rules.map((rule) => {
    const found = rule.evaluate(input.members);
    const status: CompositionStatus = apply && !guidance.has(rule.ruleId) ? found.outcome : 'guidance';
    return {
      ruleId: rule.ruleId,
      title: rule.title,
      source: rule.source,
      quote: rule.quote,
      status,
      outcome: found.outcome,
      detail: found.detail,
      ...(found.missing !== undefined && found.outcome === 'cannot-tell' ? { missing: found.missing } : {}),
      members: found.members,
    };
  });
}

export type FindingCounts = Readonly<Record<CompositionStatus, number>>;

export function countFindings(findings: readonly CompositionFinding[]): FindingCounts {
  const counts: Record<CompositionStatus, number> = { met: 0, 'not-met': 0, 'cannot-tell': 0, guidance: 0 };
  for (const finding of findings) counts[finding.status] += 1;
  return counts;
}

/** Whether a clinical profession has a voice at the board table. */
export type BoardVoice = 'voice' | 'non-voting-only' | 'missing';

export type ProfessionAtTable = {
  readonly professionId: ProfessionId;
  readonly label: string;
  /** Voting members with this professional background. */
  readonly voting: readonly ConcernedMember[];
  /** Non-voting members with it. */
  readonly nonVoting: readonly ConcernedMember[];
  readonly voice: BoardVoice;
  /** The profession's share of clinical staff in the newest snapshot; null without one. */
  readonly share: number | null;
};

/**
 * "Who is missing from the table": for each clinical profession of section 3, in its order, who
 * on the board has that background, voting or not, beside the profession's share of the clinical
 * workforce when a snapshot gives one.
 */
export function whoIsMissing(
  members: readonly CompositionMember[],
  shares?: Partial<Record<ProfessionId, number | null>>,
): ProfessionAtTable[] {
  return PROFESSIONS.map((profession) => {
    const withBackground = members.filter((m) => m.background === profession.id);
    const voting = withBackground.filter((m) => m.voting).map((m) => ref(m));
    const nonVoting = withBackground.filter((m) => !m.voting).map((m) => ref(m));
    const voice: BoardVoice = voting.length > 0 ? 'voice' : nonVoting.length > 0 ? 'non-voting-only' : 'missing';
    return {
      professionId: profession.id,
      label: profession.label,
      voting,
      nonVoting,
      voice,
      share: shares?.[profession.id] ?? null,
    };
  });
}
