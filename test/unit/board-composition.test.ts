import { describe, expect, it } from 'vitest';
import { checkComposition, COMPOSITION_RULE_IDS, countFindings, whoIsMissing } from '../../shared/board/composition';
import type { CompositionFinding, CompositionMember, CompositionRuleId } from '../../shared/board/composition';
import type { OrganisationType } from '../../shared/organisations/organisation';
import { BOARD_OF_TEN } from '../harness/fixtures-data';

type Fields = Omit<CompositionMember, 'id'>;

let nextId = 1;
function withIds(fields: readonly Fields[]): CompositionMember[] {
  return fields.map((f) => ({ id: nextId++, ...f }));
}

const TEN = (): CompositionMember[] => withIds(BOARD_OF_TEN);

const chair = (name = 'Chair Person'): Fields => ({
  name,
  role: 'chair',
  voting: true,
  executive: false,
  independent: true,
  background: 'non-clinical',
  registered: false,
});
const ned = (name: string, over: Partial<Fields> = {}): Fields => ({
  name,
  role: 'non-executive-director',
  voting: true,
  executive: false,
  independent: true,
  background: 'non-clinical',
  registered: false,
  ...over,
});
const exec = (name: string, over: Partial<Fields> = {}): Fields => ({
  name,
  role: 'other-executive-director',
  voting: true,
  executive: true,
  independent: null,
  background: 'non-clinical',
  registered: false,
  ...over,
});
const ceo = (over: Partial<Fields> = {}) => exec('Cee Eyo', { role: 'chief-executive', ...over });
const cfo = (over: Partial<Fields> = {}) => exec('Fin Ance', { role: 'finance-director', ...over });
const md = (over: Partial<Fields> = {}) => exec('Dr Med Dir', { role: 'medical-director', background: 'doctors', registered: true, ...over });
const nd = (over: Partial<Fields> = {}) => exec('Nurse Dir', { role: 'nurse-director', background: 'nurses', registered: true, ...over });
const associate = (name: string, over: Partial<Fields> = {}): Fields => ({
  name,
  role: 'associate-non-voting',
  voting: false,
  executive: false,
  independent: true,
  background: 'non-clinical',
  registered: false,
  ...over,
});

/** The four required executives, all in order. */
const FOUR = (): Fields[] => [ceo(), cfo(), md(), nd()];

function check(type: OrganisationType, members: readonly CompositionMember[]) {
  return checkComposition({ organisationType: type, members });
}

function finding(findings: readonly CompositionFinding[], ruleId: CompositionRuleId): CompositionFinding {
  const found = findings.find((f) => f.ruleId === ruleId);
  if (!found) throw new Error(`No finding ${ruleId}`);
  return found;
}

function rule(type: OrganisationType, members: readonly CompositionMember[], ruleId: CompositionRuleId) {
  return finding(check(type, members), ruleId);
}

const memberNames = (f: CompositionFinding) => f.members.map((m) => m.name);

describe('which rules apply', () => {
  it('checks the NHS trust limits and required executives, with the clinical non-executive as guidance', () => {
    const findings = check('nhs-trust', TEN());
    expect(findings.map((f) => f.ruleId)).toEqual([
      'directors-limit',
      'non-executives-limit',
      'executives-limit',
      'chief-executive',
      'chief-financial-officer',
      'registered-doctor-or-dentist',
      'registered-nurse-or-midwife',
      'clinical-non-executive',
    ]);
    expect(findings.map((f) => f.status)).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'guidance']);
    expect(finding(findings, 'directors-limit').source).toContain('Regulation 2 of the National Health Service Trusts (Membership and Procedure) Regulations');
    expect(finding(findings, 'chief-executive').source).toContain('Framework section 4');
  });

  it('checks the Schedule 7 executives and the Code of Governance for a foundation trust, and no size limits', () => {
    const findings = check('nhs-foundation-trust', TEN());
    expect(findings.map((f) => f.ruleId)).toEqual([
      'chief-executive',
      'chief-financial-officer',
      'registered-doctor-or-dentist',
      'registered-nurse-or-midwife',
      'no-dominant-group',
      'independent-non-executives',
      'clinical-non-executive',
    ]);
    expect(finding(findings, 'chief-executive').source).toBe('Framework section 4, “For foundation trust boards”; NHS Act 2006, Schedule 7');
    expect(finding(findings, 'independent-non-executives').source).toContain('Foundation Trust Code of Governance');
    expect(finding(findings, 'clinical-non-executive').status).toBe('guidance');
  });

  it.each<OrganisationType>(['integrated-care-board', 'other'])('shows every rule as guidance only for %s, with what it would find', (type) => {
    const members = withIds([chair(), ...FOUR(), ned('A'), ned('B'), ned('C', { independent: false }), ned('D', { independent: false }), ned('E', { independent: false })]);
    const findings = check(type, members);
    expect(findings.map((f) => f.ruleId).sort()).toEqual([...COMPOSITION_RULE_IDS].sort());
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set(['guidance']));
    expect(finding(findings, 'independent-non-executives').outcome).toBe('not-met');
    expect(finding(findings, 'chief-executive').outcome).toBe('met');
    expect(countFindings(findings)).toEqual({ met: 0, 'not-met': 0, 'cannot-tell': 0, guidance: 10 });
  });

  it('cannot tell anything of a board with no members, and says to add them', () => {
    for (const type of ['nhs-trust', 'nhs-foundation-trust'] as const) {
      const findings = check(type, []);
      for (const f of findings) {
        expect(f.outcome, f.ruleId).toBe('cannot-tell');
        expect(f.missing, f.ruleId).toMatch(/Add the board members/);
      }
      expect(findings.filter((f) => f.status === 'cannot-tell').length).toBe(findings.length - 1);
    }
    expect(check('integrated-care-board', []).every((f) => f.status === 'guidance' && f.outcome === 'cannot-tell')).toBe(true);
  });
});

describe('NHS trust limits', () => {
  it('counts voting directors only, never the chair: the board of ten has 8, and Rob Ellis is named as not counted', () => {
    const f = rule('nhs-trust', TEN(), 'directors-limit');
    expect(f.status).toBe('met');
    expect(f.detail).toBe('8 voting directors excluding the chair (at most 12). Not counted, as they do not vote: Rob Ellis.');
  });

  it('is not met with 13 voting directors excluding the chair, naming them', () => {
    const neds = Array.from({ length: 7 }, (_, i) => ned(`NED ${i + 1}`));
    const members = withIds([chair(), ...FOUR(), exec('Extra Exec'), exec('Second Extra'), ...neds]);
    const f = rule('nhs-trust', members, 'directors-limit');
    expect(f.status).toBe('not-met');
    expect(f.detail).toMatch(/^13 voting directors excluding the chair: 1 more than the 12 allowed\./);
    expect(f.members).toHaveLength(13);
    expect(memberNames(f)).not.toContain('Chair Person');
  });

  it('allows exactly 12 directors with a chair', () => {
    const neds = Array.from({ length: 7 }, (_, i) => ned(`NED ${i + 1}`));
    const f = rule('nhs-trust', withIds([chair(), ...FOUR(), exec('Fifth'), ...neds]), 'directors-limit');
    expect(f.status).toBe('met');
  });

  it('is not met with 8 voting non-executive directors, naming all eight; a non-voting NED is not counted', () => {
    const eight = Array.from({ length: 8 }, (_, i) => ned(`NED ${i + 1}`));
    const over = rule('nhs-trust', withIds([chair(), ...FOUR(), ...eight]), 'non-executives-limit');
    expect(over.status).toBe('not-met');
    expect(over.detail).toBe('8 voting non-executive directors: 1 more than the 7 allowed.');
    expect(memberNames(over)).toEqual(eight.map((m) => m.name));

    const sevenAndOne = [...eight.slice(0, 7), ned('Non-voting NED', { voting: false })];
    const within = rule('nhs-trust', withIds([chair(), ...FOUR(), ...sevenAndOne]), 'non-executives-limit');
    expect(within.status).toBe('met');
    expect(within.detail).toBe('7 voting non-executive directors (at most 7). Not counted, as they do not vote: Non-voting NED.');
    expect(within.members).toEqual([]);
  });

  it('is not met with 6 voting executives; a non-voting executive is not counted', () => {
    const six = withIds([chair(), ...FOUR(), exec('Fifth'), exec('Sixth')]);
    const over = rule('nhs-trust', six, 'executives-limit');
    expect(over.status).toBe('not-met');
    expect(over.detail).toBe('6 voting executive directors: 1 more than the 5 allowed.');
    expect(memberNames(over)).toEqual(['Cee Eyo', 'Fin Ance', 'Dr Med Dir', 'Nurse Dir', 'Fifth', 'Sixth']);

    const fivePlusNonVoting = withIds([chair(), ...FOUR(), exec('Fifth'), exec('Director of Strategy', { voting: false })]);
    const within = rule('nhs-trust', fivePlusNonVoting, 'executives-limit');
    expect(within.status).toBe('met');
    expect(within.detail).toContain('Not counted, as they do not vote: Director of Strategy.');
  });

  it('counts a non-voting associate who is an executive as not counted, not as an executive director', () => {
    const members = withIds([chair(), ...FOUR(), exec('Fifth'), associate('Associate Exec', { executive: true, independent: null })]);
    expect(rule('nhs-trust', members, 'executives-limit').status).toBe('met');
  });
});

describe('required executives', () => {
  it('are met by voting executives, naming who meets each', () => {
    const findings = check('nhs-trust', TEN());
    expect(memberNames(finding(findings, 'chief-executive'))).toEqual(['David Okafor']);
    expect(memberNames(finding(findings, 'chief-financial-officer'))).toEqual(['Priya Raman']);
    expect(memberNames(finding(findings, 'registered-doctor-or-dentist'))).toEqual(['Dr Tom Hughes']);
    expect(finding(findings, 'registered-nurse-or-midwife').detail).toBe(
      'Met by Grace Adeyemi (nurse director): a voting executive director recorded as a registered nurse or midwife.',
    );
  });

  it('cannot tell when nobody holds the role, and says what to record', () => {
    const members = withIds([chair(), cfo(), md(), nd(), ned('A')]);
    const f = rule('nhs-foundation-trust', members, 'chief-executive');
    expect(f.status).toBe('cannot-tell');
    expect(f.detail).toBe('No member is the chief executive.');
    expect(f.missing).toBe('Add the chief executive as a board member with the role “Chief executive”. If the post is vacant, the board does not meet this rule.');
    expect(f.members).toEqual([]);
  });

  it('is not met by a chief executive or finance director who does not vote, who is named', () => {
    const members = withIds([chair(), ceo({ voting: false }), cfo(), md(), nd()]);
    const f = rule('nhs-trust', members, 'chief-executive');
    expect(f.status).toBe('not-met');
    expect(f.members).toEqual([expect.objectContaining({ name: 'Cee Eyo', note: 'does not vote' })]);
  });

  it('is not met by a medical director who is not recorded as registered', () => {
    const f = rule('nhs-trust', withIds([chair(), ceo(), cfo(), md({ registered: false }), nd()]), 'registered-doctor-or-dentist');
    expect(f.status).toBe('not-met');
    expect(f.detail).toBe('No voting executive director is recorded as a registered doctor or dentist. Dr Med Dir (medical director): not recorded as registered.');
    expect(f.members).toEqual([expect.objectContaining({ name: 'Dr Med Dir', note: 'not recorded as registered' })]);
  });

  it('is not met by a medical director whose background is not medical', () => {
    const f = rule('nhs-trust', withIds([ceo(), cfo(), md({ background: 'non-clinical', registered: false }), nd()]), 'registered-doctor-or-dentist');
    expect(f.status).toBe('not-met');
    expect(f.members[0]?.note).toBe('background entered as Non-clinical');
  });

  it('is met by any voting executive who is a registered doctor, whatever their role', () => {
    const members = withIds([ceo(), cfo(), exec('Dr Chief Operating Officer', { background: 'doctors', registered: true }), nd()]);
    const f = rule('nhs-trust', members, 'registered-doctor-or-dentist');
    expect(f.status).toBe('met');
    expect(memberNames(f)).toEqual(['Dr Chief Operating Officer']);
  });

  it('is not met by a registered doctor who is a non-executive, nor by a non-voting executive', () => {
    const nedDoctor = withIds([ceo(), cfo(), nd(), ned('Dr NED', { background: 'doctors', registered: true })]);
    expect(rule('nhs-trust', nedDoctor, 'registered-doctor-or-dentist').status).toBe('cannot-tell');
    const nonVoting = withIds([ceo(), cfo(), nd(), md({ voting: false })]);
    const f = rule('nhs-trust', nonVoting, 'registered-doctor-or-dentist');
    expect(f.status).toBe('not-met');
    expect(f.members[0]?.note).toBe('does not vote');
  });

  it('accepts a registered midwife for the nurse or midwife rule, and cannot tell with neither', () => {
    const midwife = withIds([ceo(), cfo(), md(), exec('Midwife Director', { background: 'midwives', registered: true })]);
    expect(rule('nhs-trust', midwife, 'registered-nurse-or-midwife').status).toBe('met');
    const neither = rule('nhs-trust', withIds([ceo(), cfo(), md()]), 'registered-nurse-or-midwife');
    expect(neither.status).toBe('cannot-tell');
    expect(neither.missing).toContain('professional background “Nurse” or “Midwife”');
  });
});

describe('foundation trust: no dominant group', () => {
  it('is not met when the voting executives outnumber the chair and voting NEDs, naming the executives', () => {
    // The board of ten: 5 voting executives against the chair and 3 voting NEDs.
    const f = rule('nhs-foundation-trust', TEN(), 'no-dominant-group');
    expect(f.status).toBe('not-met');
    expect(f.detail).toBe('5 voting executive directors outnumber the chair and 3 voting non-executive directors (4 in all): the executives are the dominant group.');
    expect(memberNames(f)).toEqual(['David Okafor', 'Priya Raman', 'Dr Tom Hughes', 'Grace Adeyemi', 'Sam Patel']);
  });

  it('is met at a tie, and non-voting members count on neither side', () => {
    const members = withIds([chair(), ...FOUR(), ned('A'), ned('B'), ned('C'), exec('Non-voting Exec', { voting: false })]);
    const f = rule('nhs-foundation-trust', members, 'no-dominant-group');
    expect(f.status).toBe('met');
    expect(f.detail).toBe('4 voting executive directors, against the chair and 3 voting non-executive directors (4 in all): the executives do not outnumber them.');
  });

  it('cannot tell while only executives are entered: the board is unfinished, not dominated', () => {
    const f = rule('nhs-foundation-trust', withIds([chair(), ...FOUR()]), 'no-dominant-group');
    expect(f.status).toBe('cannot-tell');
    expect(f.missing).toBe('Add the non-executive directors.');
  });

  it('cannot tell when nobody votes', () => {
    const f = rule('nhs-foundation-trust', withIds([associate('Only Associate')]), 'no-dominant-group');
    expect(f.status).toBe('cannot-tell');
    expect(f.missing).toBe('Record which members vote on board decisions.');
  });
});

describe('foundation trust: independent non-executives', () => {
  it('is met with exactly half independent, not counting the chair', () => {
    const members = withIds([{ ...chair(), independent: false }, ned('A'), ned('B'), ned('C', { independent: false }), ned('D', { independent: false })]);
    const f = rule('nhs-foundation-trust', members, 'independent-non-executives');
    expect(f.status).toBe('met');
    expect(f.detail).toBe('2 of 4 voting non-executive directors are independent; at least 2 must be.');
  });

  it('is not met with fewer than half independent, naming those who are not', () => {
    const members = withIds([chair(), ned('A'), ned('B', { independent: false }), ned('C', { independent: false })]);
    const f = rule('nhs-foundation-trust', members, 'independent-non-executives');
    expect(f.status).toBe('not-met');
    expect(f.detail).toBe('1 of 3 voting non-executive directors is independent; at least 2 must be. Not independent: B and C.');
    expect(f.members).toEqual([expect.objectContaining({ name: 'B', note: 'not independent' }), expect.objectContaining({ name: 'C', note: 'not independent' })]);
  });

  it('counts voting NEDs only: a non-voting NED, independent or not, is named as not counted', () => {
    const members = withIds([chair(), ned('A'), ned('B', { independent: false }), ned('Non-voting', { voting: false })]);
    const f = rule('nhs-foundation-trust', members, 'independent-non-executives');
    expect(f.status).toBe('met');
    expect(f.detail).toContain('1 of 2 voting non-executive directors is independent');
    expect(f.detail).toContain('Not counted, as they do not vote: Non-voting.');
  });

  it('cannot tell when an unrecorded independence would decide it, and says whose to record', () => {
    const members = withIds([chair(), ned('A'), ned('B', { independent: false }), ned('Unknown', { independent: null })]);
    const f = rule('nhs-foundation-trust', members, 'independent-non-executives');
    expect(f.status).toBe('cannot-tell');
    expect(f.missing).toBe('Record whether Unknown is independent: edit the member and answer “Is this member independent?”.');
    expect(memberNames(f)).toEqual(['Unknown']);
  });

  it('is not met when even an unrecorded independence could not reach half', () => {
    const members = withIds([ned('A', { independent: false }), ned('B', { independent: false }), ned('C', { independent: false }), ned('Unknown', { independent: null })]);
    expect(rule('nhs-foundation-trust', members, 'independent-non-executives').status).toBe('not-met');
  });

  it('cannot tell with no voting non-executive directors', () => {
    const f = rule('nhs-foundation-trust', withIds([chair(), ...FOUR()]), 'independent-non-executives');
    expect(f.status).toBe('cannot-tell');
    expect(f.missing).toMatch(/Add the non-executive directors/);
  });
});

describe('clinical non-executive prompt', () => {
  it('is guidance even when met, naming the clinical NEDs', () => {
    const f = rule('nhs-foundation-trust', TEN(), 'clinical-non-executive');
    expect(f.status).toBe('guidance');
    expect(f.outcome).toBe('met');
    expect(f.members).toEqual([expect.objectContaining({ name: 'Ian Fraser', note: 'Pharmacist' })]);
    expect(f.detail).toMatch(/^1 of 3 voting non-executive directors has a clinical background: Ian Fraser \(Pharmacist\)\./);
  });

  it('finds none when the only clinical non-executive does not vote', () => {
    const members = withIds([chair(), ...FOUR(), ned('A'), associate('Dr Associate', { background: 'doctors', registered: true })]);
    const f = rule('nhs-foundation-trust', members, 'clinical-non-executive');
    expect(f.status).toBe('guidance');
    expect(f.outcome).toBe('not-met');
    expect(f.detail).toBe('The 1 voting non-executive director does not have a clinical background. Non-voting, so not a non-executive director: Dr Associate (Doctor or dentist).');
  });
});

describe('countFindings', () => {
  it('tallies findings by status', () => {
    const members = withIds([chair(), ceo(), cfo(), md(), ned('A', { independent: false }), ned('B', { independent: false }), ned('C'), ned('D', { independent: false })]);
    expect(countFindings(check('nhs-foundation-trust', members))).toEqual({ met: 4, 'not-met': 1, 'cannot-tell': 1, guidance: 1 });
  });
});

describe('whoIsMissing', () => {
  it('gives each profession of section 3, in order, its voting and non-voting members and whether it has a voice', () => {
    const table = whoIsMissing(TEN());
    expect(table.map((row) => [row.professionId, row.voice])).toEqual([
      ['ahp', 'voice'],
      ['doctors', 'voice'],
      ['healthcare-scientists', 'missing'],
      ['midwives', 'missing'],
      ['nurses', 'voice'],
      ['pharmacists', 'voice'],
      ['psychologists', 'non-voting-only'],
      ['social-workers', 'missing'],
      ['other-clinical', 'missing'],
    ]);
    const psychologists = table.find((row) => row.professionId === 'psychologists');
    expect(psychologists?.voting).toEqual([]);
    expect(psychologists?.nonVoting.map((m) => m.name)).toEqual(['Rob Ellis']);
    expect(table.find((row) => row.professionId === 'pharmacists')?.voting.map((m) => m.name)).toEqual(['Ian Fraser']);
    expect(table.every((row) => row.share === null)).toBe(true);
  });

  it('puts a profession with voting and non-voting members down as having a voice', () => {
    const members = withIds([ned('Nurse NED', { background: 'nurses' }), associate('Nurse Associate', { background: 'nurses' })]);
    const nurses = whoIsMissing(members).find((row) => row.professionId === 'nurses');
    expect(nurses).toMatchObject({ voice: 'voice', voting: [{ name: 'Nurse NED' }], nonVoting: [{ name: 'Nurse Associate' }] });
  });

  it('sets each profession beside its share of clinical staff, null where none is given', () => {
    const table = whoIsMissing(TEN(), { nurses: 0.52, doctors: 0.16, psychologists: null });
    expect(table.find((row) => row.professionId === 'nurses')?.share).toBe(0.52);
    expect(table.find((row) => row.professionId === 'doctors')?.share).toBe(0.16);
    expect(table.find((row) => row.professionId === 'psychologists')?.share).toBeNull();
    expect(table.find((row) => row.professionId === 'midwives')?.share).toBeNull();
  });

  it('finds every profession missing from an empty board', () => {
    expect(whoIsMissing([]).every((row) => row.voice === 'missing')).toBe(true);
  });
});
