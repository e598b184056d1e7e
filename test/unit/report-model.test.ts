import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardMember, BoardRole, Background } from '../../shared/board/board-member';
import { KEY_QUESTIONS } from '../../shared/framework/content';
import type { ThemeId } from '../../shared/framework/content';
import type { LevelId } from '../../shared/framework/levels';
import type { ProfessionId } from '../../shared/framework/professions';
import type { Organisation } from '../../shared/organisations/organisation';
import { ceilingEvidence } from '../../shared/priorities/ceiling-evidence';
import type { Action, Priorities, Progress } from '../../shared/priorities/priorities';
import { effectiveOrder, proposeOrder } from '../../shared/priorities/proposed-order';
import { buildReport, formatScore, HEADLINE_COUNT, RESOURCES_PER_PRIORITY } from '../../shared/report/build-report';
import { MARKING_TEXT, REPORT_MARKINGS, reportInputsSchema } from '../../shared/report/report-inputs';
import { reportSections } from '../../shared/report/report-sections';
import type { ReportInputs } from '../../shared/report/report-inputs';
import { REPORT_ERROR_ATTRIBUTE, REPORT_READY_ATTRIBUTE } from '../../shared/report/report-route';
import type { Resource } from '../../shared/resources/resource';
import { longDate } from '../../shared/util/dates';
import type { SnapshotWithCounts } from '../../shared/workforce/snapshot';
import type { WorkforceCount } from '../../shared/workforce/types';
import type { PerceivedCeiling, QuestionRating, SeverityEntry, WorkshopSession } from '../../shared/workshops/session';
import type { Workshop } from '../../shared/workshops/workshop';
import { cssString } from '../../src-renderer/features/report/css-string';
import { buildMainWindowOptions } from '../../src-main/electron/security';
import {
  buildPrintWindowOptions,
  PRINT_TO_PDF_OPTIONS,
  printUrl,
  READ_REPORT_STATE_SCRIPT,
  waitForReport,
} from '../../src-main/electron/print-window';
import type { ReportState } from '../../src-main/electron/print-window';

// ---------------------------------------------------------------------------------------------
// A small builder of ReportInputs. Every input is parsed with reportInputsSchema, so each test
// works from data the real `report.get` could have returned.
// ---------------------------------------------------------------------------------------------

const STAMP = '2026-11-01T09:00:00.000Z';

const ORGANISATION: Organisation = {
  id: 1,
  name: 'Northshire Hospitals NHS Trust',
  odsCode: 'RXN',
  type: 'nhs-trust',
  createdAt: STAMP,
  updatedAt: STAMP,
};

type Parts = {
  readonly organisation?: Partial<Organisation>;
  readonly board?: readonly BoardMember[];
  readonly workshop?: Partial<Workshop>;
  readonly ratings?: readonly QuestionRating[];
  readonly severities?: readonly SeverityEntry[];
  readonly perceived?: readonly PerceivedCeiling[];
  readonly priorities?: Partial<Priorities>;
  readonly progress?: Partial<Progress>;
  readonly snapshots?: readonly SnapshotWithCounts[];
  readonly resources?: readonly Resource[];
};

function makeInputs(parts: Parts = {}): ReportInputs {
  const workshop: Workshop = {
    id: 7,
    organisationId: 1,
    title: 'Board development',
    date: '2026-11-19',
    facilitator: 'Ruth Gold',
    participants: [
      { id: 1, boardMemberId: 1, name: 'Helen Marsh', role: 'Chair', boardRole: 'chair', guest: false },
      { id: 2, boardMemberId: null, name: 'Nadia Rahman', role: 'Head of workforce', boardRole: null, guest: true },
    ],
    questionsRated: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...parts.workshop,
  };
  const session: WorkshopSession = {
    workshop,
    organisationName: ORGANISATION.name,
    ratings: [...(parts.ratings ?? [])],
    severities: [...(parts.severities ?? [])],
    perceivedCeilings: [...(parts.perceived ?? [])],
    position: null,
    positionChangedAt: null,
  };
  const priorities: Priorities = {
    workshopId: 7,
    dotsPerParticipant: 3,
    hideVotes: false,
    revealed: false,
    votes: [],
    order: null,
    agreed: [],
    actions: [],
    champions: { executive: null, nonExecutive: null },
    ...parts.priorities,
  };
  const progress: Progress = { previous: null, actions: [], ratings: [], ...parts.progress };
  const inputs = {
    organisation: { ...ORGANISATION, ...parts.organisation },
    board: [...(parts.board ?? [])],
    session,
    priorities,
    progress,
    snapshots: [...(parts.snapshots ?? [])],
    resources: [...(parts.resources ?? [])],
  };
  // Throws (and so fails the test) if the builder ever makes something report.get could not return.
  return reportInputsSchema.parse(inputs);
}

function rating(questionId: string, consensus: number | null, individual: readonly number[] = [], notes = ''): QuestionRating {
  return { questionId, consensus, notes, individual: individual.map((r, i) => ({ participantId: i + 1, rating: r })) };
}

function member(id: number, name: string, role: BoardRole, background: Background, options: { voting?: boolean; registered?: boolean; independent?: boolean | null } = {}): BoardMember {
  const executive = !['chair', 'non-executive-director', 'associate-non-voting'].includes(role);
  return {
    id,
    organisationId: 1,
    name,
    role,
    voting: options.voting ?? role !== 'associate-non-voting',
    executive,
    independent: executive ? null : (options.independent ?? true),
    background,
    registered: options.registered ?? background !== 'non-clinical',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function action(id: number, questionId: string, dueDate: string, options: Partial<Action> = {}): Action {
  return {
    id,
    workshopId: 7,
    questionId,
    description: `Action ${id}`,
    ownerId: 2,
    ownerName: 'David Okafor',
    dueDate,
    status: 'in-progress',
    notes: '',
    resourceId: null,
    resourceTitle: null,
    updatedAt: STAMP,
    ...options,
  };
}

function resource(id: number, title: string, themeIds: readonly ThemeId[]): Resource {
  return {
    id,
    title,
    provider: 'NHS England',
    description: `About ${title}`,
    url: `https://example.org/${id}`,
    themeIds: [...themeIds],
    allProfessions: true,
    professionIds: [],
    source: null,
    sourceSection: '',
    builtIn: false,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

type Grid = Partial<Record<ProfessionId, Partial<Record<LevelId, number>>>>;

function countsOf(grid: Grid): WorkforceCount[] {
  return Object.entries(grid).flatMap(([professionId, levels]) =>
    Object.entries(levels).map(([levelId, headcount]) => ({ professionId: professionId as ProfessionId, levelId: levelId as LevelId, headcount, fte: null })),
  );
}

function snapshot(id: number, snapshotDate: string, grid: Grid): SnapshotWithCounts {
  const counts = countsOf(grid);
  const people = counts.reduce((sum, c) => sum + c.headcount, 0);
  return {
    snapshot: {
      id,
      organisationId: 1,
      snapshotDate,
      label: `Snapshot ${id}`,
      sourceName: `staff-${snapshotDate}.csv`,
      shape: 'aggregated',
      hasFte: false,
      rowsRead: people,
      rowsMapped: people,
      rowsNonClinical: 0,
      rowsExcluded: 0,
      clinicalHeadcount: people,
      createdAt: `${snapshotDate}T12:00:00.000Z`,
    },
    counts,
  };
}

/*
 * The newest snapshot, worked by hand (headcount, threshold 0.5, RI = share at level ÷ overall share):
 *
 *              nurses  ahp  doctors | level total
 *   Band 5       50     40     10   |   100
 *   Band 8a      20      2     18   |    40
 *   Board         1      0      9   |    10
 *   total        71     42     37   |   150
 *
 * nurses:  Board  RI = (1/10) ÷ (71/150) = 15/71 = 0.21 < 0.5, Band 8a RI = (20/40) ÷ (71/150) = 75/71 = 1.06 → stop:
 *          ceiling at Board.
 * ahp:     Board  RI = 0 < 0.5, Band 8a RI = (2/40) ÷ (42/150) = 7.5/42 = 0.18 < 0.5, Band 5 RI = (40/100) ÷ (42/150)
 *          = 60/42 = 1.43 → stop: ceiling at Band 8a.
 * doctors: Board  RI = (9/10) ÷ (37/150) = 3.65 → no ceiling.
 * So 2 of the 3 staffed professions hit a ceiling; the lowest is the AHPs', at Band 8a.
 */
const NEWEST = snapshot(3, '2026-03-31', {
  nurses: { 'band-5': 50, 'band-8a': 20, board: 1 },
  ahp: { 'band-5': 40, 'band-8a': 2, board: 0 },
  doctors: { 'band-5': 10, 'band-8a': 18, board: 9 },
});

/** Every RI is 1: nobody hits a ceiling. */
const BALANCED = snapshot(2, '2025-09-30', {
  nurses: { 'band-5': 10, board: 10 },
  doctors: { 'band-5': 10, board: 10 },
});

/*
 * The oldest snapshot: nurses and AHPs swapped at the top.
 *   Band 5: nurses 50, ahp 40, doctors 10 (100); Band 8a: nurses 2, ahp 20, doctors 18 (40); Board: 0, 1, 9 (10).
 *   Totals: nurses 52, ahp 61, doctors 37; 150.
 * nurses: Board RI 0; Band 8a RI = (2/40) ÷ (52/150) = 0.14; Band 5 RI = 0.5 ÷ (52/150) = 1.44 → ceiling at Band 8a.
 * ahp:    Board RI = (1/10) ÷ (61/150) = 0.25; Band 8a RI = 0.5 ÷ (61/150) = 1.23 → ceiling at Board.
 * From oldest to newest, the nurses' ceiling moves up (8a → Board) and the AHPs' down (Board → 8a).
 */
const OLDEST = snapshot(1, '2025-03-31', {
  nurses: { 'band-5': 50, 'band-8a': 2, board: 0 },
  ahp: { 'band-5': 40, 'band-8a': 20, board: 1 },
  doctors: { 'band-5': 10, 'band-8a': 18, board: 9 },
});

/** An NHS trust board of seven: five professions have no one at the table; psychologists only a non-voting member. */
function boardOfSeven(options: { doctorRegistered?: boolean; nurseRegistered?: boolean } = {}): BoardMember[] {
  return [
    member(1, 'Helen Marsh', 'chair', 'non-clinical'),
    member(2, 'David Okafor', 'chief-executive', 'non-clinical'),
    member(3, 'Priya Raman', 'finance-director', 'non-clinical'),
    member(4, 'Dr Tom Hughes', 'medical-director', 'doctors', { registered: options.doctorRegistered ?? true }),
    member(5, 'Grace Adeyemi', 'nurse-director', 'nurses', { registered: options.nurseRegistered ?? true }),
    member(6, 'Ian Fraser', 'non-executive-director', 'ahp', { registered: false }),
    member(7, 'Rob Ellis', 'associate-non-voting', 'psychologists'),
  ];
}

/** A board of nine with every clinical profession voting at the table. */
function boardOfNine(doctorRegistered: boolean): BoardMember[] {
  return [
    member(1, 'Helen Marsh', 'chair', 'ahp'),
    member(2, 'David Okafor', 'chief-executive', 'healthcare-scientists'),
    member(3, 'Priya Raman', 'finance-director', 'midwives'),
    member(4, 'Dr Tom Hughes', 'medical-director', 'doctors', { registered: doctorRegistered }),
    member(5, 'Grace Adeyemi', 'nurse-director', 'nurses'),
    member(6, 'Ian Fraser', 'non-executive-director', 'pharmacists'),
    member(7, 'Aisha Khan', 'non-executive-director', 'psychologists'),
    member(8, 'Margaret Lloyd', 'non-executive-director', 'social-workers'),
    member(9, 'Rob Ellis', 'non-executive-director', 'other-clinical'),
  ];
}

/*
 * Ratings for the theme scores, worked by hand:
 *   Building confidence (q1–q5): q1 = 2, q2 = 3, q3 has members' ratings but no consensus → mean of [2, 3] = 2.5, 2 rated of 5.
 *   Widening perspectives (q6–q8): q6 = 5 → 5.0, 1 of 3.
 *   Talent management (q9–q11): q9 has members' ratings only → null, 0 of 3.
 *   Practical levers (q12–q14): 1, 2, 4 → 7/3 = 2.33, 3 of 3.
 *   Organisational culture (q15–q17): none → null, 0 of 3.
 * Members' ratings: q1 [2, 3, 4] (range 2), q2 [1, 4] (range 3: disagreement, the boundary), q9 [1, 5, 3] (range 4).
 */
const THEME_RATINGS: readonly QuestionRating[] = [
  rating('q1', 2, [2, 3, 4], 'Confidence grows through mentoring.'),
  rating('q2', 3, [1, 4]),
  rating('q3', null, [4]),
  rating('q6', 5),
  rating('q9', null, [1, 5, 3]),
  rating('q12', 1),
  rating('q13', 2),
  rating('q14', 4),
];

/*
 * The previous workshop's consensus (progress.ratings[].previous); `current` is deliberately
 * different from this workshop's consensus, to show the report reads the session's ratings for now.
 *   Building confidence: q1 1, q2 2 → 1.5.   Widening: q6 previous null → null.   Talent: q9 4 → 4.0.
 *   Practical levers: q12 2 → 2.0.   Culture: nothing → null.
 * Moved (rated both times): q1 1 → 2 up, q2 2 → 3 up, q12 2 → 1 down (q9 has no consensus now; q6 none before): 2 of 3 up, 1 down.
 */
const PREVIOUS: Partial<Progress> = {
  previous: { id: 3, title: 'Clinical leadership: first look', date: '2025-11-20' },
  actions: [action(90, 'q9', '2026-06-30', { description: 'Map the routes into senior roles', status: 'done' })],
  ratings: [
    { questionId: 'q1', previous: 1, current: 5 },
    { questionId: 'q2', previous: 2, current: 5 },
    { questionId: 'q6', previous: null, current: 5 },
    { questionId: 'q9', previous: 4, current: 5 },
    { questionId: 'q12', previous: 2, current: 5 },
  ],
};

const THEME_SENTENCE = 'The board rated “Practical levers” lowest of the themes (2.3 out of 5) and “Widening perspectives” highest (5.0).';
const CEILING_SENTENCE =
  'In the workforce data of 31 March 2026, 2 of 3 clinical professions hit a ceiling; the lowest is that of allied health professionals, at Band 8a.';
const MISSING_LIST = 'healthcare scientists, midwives, pharmacists, social workers and other clinical professions';
const COMPOSITION_SENTENCE = `5 of 9 clinical professions have no one at the board table (${MISSING_LIST}).`;
const MOVEMENT_SENTENCE = 'Since the previous workshop (20 November 2025), 2 of 3 questions rated both times moved up and 1 moved down.';
const DISAGREEMENT_SENTENCE = 'Members disagreed on 2 questions; most on question 9, where their ratings ran from 1 to 5.';

// ---------------------------------------------------------------------------------------------

describe('the builder of test inputs', () => {
  it('makes inputs that report.get could return (they parse with reportInputsSchema)', () => {
    const full = makeInputs({
      board: boardOfSeven(),
      ratings: THEME_RATINGS,
      severities: [{ barrierId: 'lack-of-competence', professionId: 'nurses', severity: 2 }],
      perceived: [{ professionId: 'nurses', ceiling: 'band-8a' }],
      priorities: { agreed: ['q9'], actions: [action(1, 'q9', '2027-01-31')] },
      progress: PREVIOUS,
      snapshots: [NEWEST, BALANCED, OLDEST],
      resources: [resource(1, 'Alpha', ['talent-management'])],
    });
    expect(reportInputsSchema.parse(full)).toEqual(full);
    // …and the schema is strict enough to notice a fourth snapshot or a stray field.
    expect(reportInputsSchema.safeParse({ ...full, snapshots: [NEWEST, BALANCED, OLDEST, OLDEST] }).success).toBe(false);
    expect(reportInputsSchema.safeParse({ ...full, extra: 1 }).success).toBe(false);
  });
});

describe('the title, running head and marking', () => {
  it('name the organisation, the workshop and its date', () => {
    const model = buildReport(makeInputs(), 'official');
    expect(model.title).toBe('Clinical leadership priorities: Northshire Hospitals NHS Trust, Board development, 19 November 2026');
    expect(model.runningHead).toBe('Northshire Hospitals NHS Trust · Board development · 19 November 2026');
    expect(model.organisation).toEqual({ name: 'Northshire Hospitals NHS Trust', odsCode: 'RXN', typeLabel: 'NHS trust' });
    expect(model.workshop).toEqual({
      title: 'Board development',
      date: '2026-11-19',
      dateText: '19 November 2026',
      facilitator: 'Ruth Gold',
      participants: [
        { name: 'Helen Marsh', role: 'Chair', guest: false },
        { name: 'Nadia Rahman', role: 'Head of workforce', guest: true },
      ],
    });
  });

  it.each([
    ['none', ''],
    ['official', 'OFFICIAL'],
    ['official-sensitive', 'OFFICIAL-SENSITIVE'],
  ] as const)('with marking %s prints “%s”', (marking, text) => {
    const model = buildReport(makeInputs(), marking);
    expect(model.marking).toBe(marking);
    expect(model.markingText).toBe(text);
    expect(MARKING_TEXT[marking]).toBe(text);
  });

  it('covers every marking there is', () => {
    expect([...REPORT_MARKINGS]).toEqual(['none', 'official', 'official-sensitive']);
  });
});

describe('the theme scores', () => {
  it('are the mean of the rated consensus ratings, with how many are rated', () => {
    const model = buildReport(makeInputs({ ratings: THEME_RATINGS }), 'none');
    expect(model.themes.map((t) => [t.theme.id, t.score, t.rated, t.questions])).toEqual([
      ['building-confidence', 2.5, 2, 5],
      ['widening-perspectives', 5, 1, 3],
      ['talent-management', null, 0, 3],
      ['practical-levers', 7 / 3, 3, 3],
      ['organisational-culture', null, 0, 3],
    ]);
    expect(model.anyRating).toBe(true);
  });

  it('have no previous score without a previous workshop, even if progress carries ratings', () => {
    const model = buildReport(makeInputs({ ratings: THEME_RATINGS, progress: { ...PREVIOUS, previous: null } }), 'none');
    expect(model.themes.map((t) => t.previousScore)).toEqual([null, null, null, null, null]);
    expect(model.previous).toBeNull();
  });

  it('take the previous score from the previous workshop’s ratings only', () => {
    const model = buildReport(makeInputs({ ratings: THEME_RATINGS, progress: PREVIOUS }), 'none');
    // Worked above PREVIOUS: 1.5, null, 4, 2, null (never this workshop's ratings, nor `current`).
    expect(model.themes.map((t) => t.previousScore)).toEqual([1.5, null, 4, 2, null]);
    expect(model.previous).toEqual({
      title: 'Clinical leadership: first look',
      dateText: '20 November 2025',
      actions: [
        {
          description: 'Map the routes into senior roles',
          ownerName: 'David Okafor',
          dueDate: '2026-06-30',
          dueText: '30 June 2026',
          statusText: 'Done',
          notes: '',
          resourceTitle: null,
        },
      ],
    });
  });

  it('print to one decimal place', () => {
    expect(formatScore(5)).toBe('5.0');
    expect(formatScore(7 / 3)).toBe('2.3');
    expect(formatScore(2.25)).toBe('2.3');
    expect(formatScore(3.75)).toBe('3.8');
    expect(formatScore(1)).toBe('1.0');
  });
});

describe('the questions', () => {
  it('list all 17 in order, with consensus, spread, disagreement, notes and the previous rating', () => {
    const model = buildReport(makeInputs({ ratings: THEME_RATINGS, progress: PREVIOUS }), 'none');
    expect(model.questions.map((q) => q.question.id)).toEqual(KEY_QUESTIONS.map((q) => q.id));
    const byId = new Map(model.questions.map((q) => [q.question.id, q]));
    // q1: [2, 3, 4] → median 3, range 2: no disagreement.
    expect(byId.get('q1')).toMatchObject({
      themeTitle: 'Building confidence',
      consensus: 2,
      spread: { count: 3, median: 3, min: 2, max: 4, range: 2, disagreement: false },
      notes: 'Confidence grows through mentoring.',
      previous: 1,
    });
    // q2: [1, 4] → median 2.5, range 3: disagreement (3 is the threshold).
    expect(byId.get('q2')?.spread).toEqual({ count: 2, median: 2.5, min: 1, max: 4, range: 3, disagreement: true });
    // q9: no consensus, [1, 5, 3] → median 3, range 4.
    expect(byId.get('q9')).toMatchObject({
      themeTitle: 'Talent management',
      consensus: null,
      spread: { count: 3, median: 3, min: 1, max: 5, range: 4, disagreement: true },
      previous: 4,
    });
    // q6 rated without members' ratings; q17 not rated at all.
    expect(byId.get('q6')).toMatchObject({ consensus: 5, spread: null, previous: null });
    expect(byId.get('q17')).toMatchObject({ themeTitle: 'Organisational culture', consensus: null, spread: null, notes: '', previous: null });
  });

  it('count as “any rating” when only a note is written, but not for a blank note', () => {
    expect(buildReport(makeInputs({ ratings: [rating('q4', null, [], 'Discussed, not rated.')] }), 'none').anyRating).toBe(true);
    expect(buildReport(makeInputs({ ratings: [rating('q4', null, [], '  \n ')] }), 'none').anyRating).toBe(false);
    expect(buildReport(makeInputs({ ratings: [rating('q4', null, [3])] }), 'none').anyRating).toBe(true);
  });
});

describe('the agreed priorities', () => {
  /*
   * Votes: q3 gets 2 + 2 = 4 dots, q7 gets 1. q7 is rated 1 (gap 4); q3 is not rated (gap 0).
   * The board perceived a ceiling for nurses only (doctors: no ceiling), and scored a Building
   * confidence barrier (q1–q5's theme) Moderate (2) for nurses.
   * Proposed scores: q3 = 4 votes + 0 + 1 evidence = 5; q7 = 1 + 4 + 0 = 5; q1, q2, q4, q5 = 0 + 0 + 1 = 1.
   * q3 and q7 tie on 5; more votes first → q3 then q7.
   */
  const votes = [
    { participantId: 1, questionId: 'q3', dots: 2 },
    { participantId: 2, questionId: 'q3', dots: 2 },
    { participantId: 1, questionId: 'q7', dots: 1 },
  ];
  const perceived: PerceivedCeiling[] = [
    { professionId: 'nurses', ceiling: 'band-8a' },
    { professionId: 'doctors', ceiling: 'no-ceiling' },
  ];
  const moderate: SeverityEntry[] = [{ barrierId: 'lack-of-competence', professionId: 'nurses', severity: 2 }];
  const base = (severities: SeverityEntry[], priorities: Partial<Priorities> = {}, snapshots: SnapshotWithCounts[] = []) =>
    makeInputs({ ratings: [rating('q7', 1)], severities, perceived, snapshots, priorities: { votes, agreed: ['q7', 'q3'], ...priorities } });

  it('follow the proposed order when the board has none, weighing the perceived ceilings', () => {
    const model = buildReport(base(moderate), 'none');
    expect(model.evidence).toEqual({ professions: ['nurses'], source: 'perceived', snapshotDate: null });
    expect(model.priorities.map((p) => [p.rank, p.question.id, p.votes, p.rating, p.themeTitle])).toEqual([
      [1, 'q3', 4, null, 'Building confidence'],
      [2, 'q7', 1, 1, 'Widening perspectives'],
    ]);
  });

  it('follow the same order as the priorities screen (proposeOrder with ceilingEvidence)', () => {
    const inputs = base(moderate);
    const evidence = ceilingEvidence(null, inputs.session.perceivedCeilings);
    const proposed = proposeOrder({
      votes: { q3: 4, q7: 1 },
      ratings: { q7: 1 },
      ceilingProfessions: evidence.professions,
      severities: inputs.session.severities,
    });
    const screen = effectiveOrder(proposed, null).filter((id) => inputs.priorities.agreed.includes(id));
    expect(buildReport(inputs, 'none').priorities.map((p) => p.question.id)).toEqual(screen);
  });

  it('lose the ceiling weight when the barrier is only Minor: q3 = 4, q7 = 5', () => {
    const model = buildReport(base([{ barrierId: 'lack-of-competence', professionId: 'nurses', severity: 1 }]), 'none');
    expect(model.priorities.map((p) => p.question.id)).toEqual(['q7', 'q3']);
  });

  it('take the ceilings from the newest snapshot rather than the board’s perception when there is one', () => {
    // BALANCED has no ceiling, so nurses are no evidence any more: q3 = 4 + 0 + 0 = 4 < q7 = 5.
    const model = buildReport(base(moderate, {}, [BALANCED]), 'none');
    expect(model.evidence).toEqual({ professions: [], source: 'data', snapshotDate: '2025-09-30' });
    expect(model.priorities.map((p) => p.question.id)).toEqual(['q7', 'q3']);
  });

  it('follow the board’s own order when it has one, keeping only the agreed, ranked from 1', () => {
    const order = ['q16', 'q7', 'q1', 'q3', ...KEY_QUESTIONS.map((q) => q.id).filter((id) => !['q16', 'q7', 'q1', 'q3'].includes(id))];
    const model = buildReport(base(moderate, { order }), 'none');
    expect(model.priorities.map((p) => [p.rank, p.question.id])).toEqual([
      [1, 'q7'],
      [2, 'q3'],
    ]);
  });

  it('give no votes while the votes are hidden, and order without them', () => {
    // Hidden: q3 = 0 + 0 + 1 = 1; q7 = 0 + 4 + 0 = 4 → q7 first.
    const hidden = buildReport(base(moderate, { hideVotes: true, revealed: false }), 'none');
    expect(hidden.priorities.map((p) => [p.question.id, p.votes])).toEqual([
      ['q7', 0],
      ['q3', 0],
    ]);
    // Revealed: the votes count and show again.
    const revealed = buildReport(base(moderate, { hideVotes: true, revealed: true }), 'none');
    expect(revealed.priorities.map((p) => [p.question.id, p.votes])).toEqual([
      ['q3', 4],
      ['q7', 1],
    ]);
  });

  it('carry their actions sorted by due date, then by id; actions of questions not agreed are left out', () => {
    const actions = [
      action(7, 'q3', '2027-03-01', { description: 'Seventh', status: 'blocked', notes: 'Waiting on HR', resourceId: 1, resourceTitle: 'Alpha' }),
      action(3, 'q3', '2027-03-01', { description: 'Third', status: 'not-started' }),
      action(5, 'q3', '2027-01-05', { description: 'Fifth', status: 'done', ownerName: 'Grace Adeyemi' }),
      action(4, 'q7', '2026-12-24', { description: 'Fourth' }),
      action(6, 'q12', '2026-12-01', { description: 'Not agreed' }),
    ];
    const model = buildReport(base(moderate, { actions }), 'none');
    const [first, second] = model.priorities;
    expect(first?.actions.map((a) => a.description)).toEqual(['Fifth', 'Third', 'Seventh']);
    expect(first?.actions[0]).toEqual({
      description: 'Fifth',
      ownerName: 'Grace Adeyemi',
      dueDate: '2027-01-05',
      dueText: '5 January 2027',
      statusText: 'Done',
      notes: '',
      resourceTitle: null,
    });
    expect(first?.actions[2]).toMatchObject({ statusText: 'Blocked', notes: 'Waiting on HR', resourceTitle: 'Alpha' });
    expect(first?.actions[1]?.statusText).toBe('Not started');
    expect(second?.actions.map((a) => [a.description, a.statusText])).toEqual([['Fourth', 'In progress']]);
    expect(model.priorities.flatMap((p) => p.actions).map((a) => a.description)).not.toContain('Not agreed');
  });
});

describe('the champions', () => {
  it('are printed with the member’s role; a name no longer on the board stands alone', () => {
    const model = buildReport(
      makeInputs({
        board: boardOfSeven(),
        priorities: { champions: { executive: { boardMemberId: 5, name: 'Grace Adeyemi' }, nonExecutive: { boardMemberId: null, name: 'Former Member' } } },
      }),
      'none',
    );
    expect(model.summary.champions).toEqual({ executive: 'Grace Adeyemi, nurse director', nonExecutive: 'Former Member' });
  });

  it('are null when none is named', () => {
    expect(buildReport(makeInputs({ board: boardOfSeven() }), 'none').summary.champions).toEqual({ executive: null, nonExecutive: null });
  });

  it('take the role of the member the champion IS, not of another member with the same name', () => {
    // Board member names are not unique. The champion record carries the member's id; the role
    // printed must be that member's.
    const board = [member(1, 'Jo Smith', 'medical-director', 'doctors'), member(2, 'Jo Smith', 'non-executive-director', 'non-clinical')];
    const model = buildReport(makeInputs({ board, priorities: { champions: { executive: null, nonExecutive: { boardMemberId: 2, name: 'Jo Smith' } } } }), 'none');
    expect(model.summary.champions.nonExecutive).toBe('Jo Smith, non-executive director');
  });
});

describe('sections with nothing to show', () => {
  it('are absent: no snapshots, no board, no severities, no ratings, nothing agreed', () => {
    const model = buildReport(makeInputs(), 'official');
    expect(model.ceilings).toBeNull();
    expect(model.composition).toBeNull();
    expect(model.barriers).toEqual([]);
    expect(model.anyRating).toBe(false);
    expect(model.priorities).toEqual([]);
    expect(model.resources).toEqual([]);
    expect(model.previous).toBeNull();
    expect(model.evidence).toEqual({ professions: [], source: 'none', snapshotDate: null });
    expect(model.summary.headlines).toEqual([]);
    expect(model.themes.every((t) => t.score === null && t.rated === 0 && t.previousScore === null)).toBe(true);
  });

  it('resources are absent when nothing is agreed, however full the library', () => {
    const model = buildReport(makeInputs({ resources: [resource(1, 'Alpha', ['talent-management'])], priorities: { actions: [action(1, 'q9', '2027-01-01', { resourceId: 1, resourceTitle: 'Alpha' })] } }), 'none');
    expect(model.resources).toEqual([]);
  });
});

describe('the barriers', () => {
  it('show only the themes with a scored barrier, a row for every profession, null where not scored', () => {
    const model = buildReport(
      makeInputs({
        severities: [
          { barrierId: 'lack-of-competence', professionId: 'nurses', severity: 3 },
          // 0 (none) is a score: it still shows the theme.
          { barrierId: 'fear-of-unknown', professionId: 'ahp', severity: 0 },
          { barrierId: 'leading-from-the-top', professionId: 'midwives', severity: 2 },
        ],
      }),
      'none',
    );
    expect(model.barriers.map((b) => [b.theme.id, b.barriers.map((x) => x.id)])).toEqual([
      ['building-confidence', ['lack-of-competence', 'fear-of-unknown']],
      ['organisational-culture', ['lack-of-trust', 'leading-from-the-top']],
    ]);
    const confidence = model.barriers[0];
    expect(confidence?.rows.map((r) => r.professionId)).toEqual([
      'ahp',
      'doctors',
      'healthcare-scientists',
      'midwives',
      'nurses',
      'pharmacists',
      'psychologists',
      'social-workers',
      'other-clinical',
    ]);
    expect(confidence?.rows.find((r) => r.professionId === 'nurses')).toEqual({ professionId: 'nurses', label: 'Nurses', severities: [3, null] });
    expect(confidence?.rows.find((r) => r.professionId === 'ahp')?.severities).toEqual([null, 0]);
    expect(confidence?.rows.find((r) => r.professionId === 'doctors')?.severities).toEqual([null, null]);
    expect(model.barriers[1]?.rows.find((r) => r.professionId === 'midwives')?.severities).toEqual([null, 2]);
  });
});

describe('the resources for the agreed priorities', () => {
  /*
   * Agreed: q9 (Talent management) rank 1, q1 (Building confidence) rank 2 (the board's order).
   * Named by actions: Echo (by q9's action, rank 1) and Zeta (by q1's action, rank 2; of another theme).
   * A resource named by an action of a question not agreed (Golf), and an id not in the library, are ignored.
   * Talent management serves: Alpha, Bravo, Charlie (also Building confidence: reach 2), Delta, Echo.
   *   Most agreed priorities first, then by title → Charlie, Alpha, Bravo, Delta | Echo is 5th, beyond the 4.
   * Building confidence serves: Charlie, Foxtrot → Charlie (reach 2), Foxtrot.
   * Each once: Charlie serves ranks 1 and 2.
   * Order: named first (Echo rank 1, Zeta rank 2), then by first rank, then title:
   *   Alpha, Bravo, Charlie, Delta (rank 1), Foxtrot (rank 2). Golf serves no agreed theme.
   */
  const library = [
    resource(1, 'Alpha', ['talent-management']),
    resource(2, 'Bravo', ['talent-management']),
    resource(3, 'Charlie', ['talent-management', 'building-confidence']),
    resource(4, 'Delta', ['talent-management']),
    resource(5, 'Echo', ['talent-management']),
    resource(6, 'Foxtrot', ['building-confidence']),
    resource(7, 'Golf', ['practical-levers']),
    resource(50, 'Zeta', ['organisational-culture']),
  ];
  const order = ['q9', 'q1', ...KEY_QUESTIONS.map((q) => q.id).filter((id) => id !== 'q9' && id !== 'q1')];
  const actions = [
    action(1, 'q9', '2027-01-01', { resourceId: 5, resourceTitle: 'Echo' }),
    action(2, 'q1', '2027-01-01', { resourceId: 50, resourceTitle: 'Zeta' }),
    action(3, 'q12', '2027-01-01', { resourceId: 7, resourceTitle: 'Golf' }),
    action(4, 'q9', '2027-02-01', { resourceId: 999, resourceTitle: 'Gone' }),
  ];

  it('put those named by actions first, then at most RESOURCES_PER_PRIORITY per priority from its theme, each once', () => {
    expect(RESOURCES_PER_PRIORITY).toBe(4);
    const model = buildReport(makeInputs({ resources: library, priorities: { order, agreed: ['q1', 'q9'], actions } }), 'none');
    expect(model.priorities.map((p) => p.question.id)).toEqual(['q9', 'q1']);
    expect(model.resources.map((r) => [r.title, r.forRanks, r.namedByAction])).toEqual([
      ['Echo', [1], true],
      ['Zeta', [2], true],
      ['Alpha', [1], false],
      ['Bravo', [1], false],
      ['Charlie', [1, 2], false],
      ['Delta', [1], false],
      ['Foxtrot', [2], false],
    ]);
    expect(model.resources[0]).toEqual({
      id: 5,
      title: 'Echo',
      provider: 'NHS England',
      description: 'About Echo',
      url: 'https://example.org/5',
      forRanks: [1],
      namedByAction: true,
    });
  });

  it('suggest Echo once nothing names it and it is still 5th: only 4 from the theme', () => {
    const model = buildReport(makeInputs({ resources: library, priorities: { order, agreed: ['q9'], actions: [] } }), 'none');
    // Only q9 agreed: everyone has reach 1 → by title Alpha, Bravo, Charlie, Delta; Echo is the 5th.
    expect(model.resources.map((r) => r.title)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(model.resources.every((r) => !r.namedByAction && r.forRanks.join() === '1')).toBe(true);
  });
});

describe('the ceilings section', () => {
  it('is absent without snapshots', () => {
    expect(buildReport(makeInputs(), 'none').ceilings).toBeNull();
  });

  it('analyses the newest snapshot by headcount, with no change from a single snapshot', () => {
    const model = buildReport(makeInputs({ snapshots: [NEWEST], perceived: [{ professionId: 'ahp', ceiling: 'band-7' }] }), 'none');
    const ceilings = model.ceilings;
    expect(ceilings?.snapshot.id).toBe(3);
    // The counts carry no FTE: an FTE analysis would have thrown.
    expect(ceilings?.analysis.measure).toBe('headcount');
    expect(ceilings?.analysis.total).toBe(150);
    expect(ceilings?.analysis.professions.filter((p) => p.hasStaff).map((p) => [p.professionId, p.ceiling])).toEqual([
      ['ahp', { status: 'ceiling', levelId: 'band-8a', lowConfidence: false }],
      ['doctors', { status: 'no-ceiling' }],
      ['nurses', { status: 'ceiling', levelId: 'board', lowConfidence: false }],
    ]);
    expect(ceilings?.perceived).toEqual([{ professionId: 'ahp', ceiling: 'band-7' }]);
    expect(ceilings?.snapshots.map((s) => s.id)).toEqual([3]);
    expect(ceilings?.change).toBeNull();
    expect(model.evidence).toEqual({ professions: ['ahp', 'nurses'], source: 'data', snapshotDate: '2026-03-31' });
  });

  it('compares the newest with the oldest of three snapshots, not the middle one', () => {
    const ceilings = buildReport(makeInputs({ snapshots: [NEWEST, BALANCED, OLDEST] }), 'none').ceilings;
    expect(ceilings?.snapshots.map((s) => s.snapshotDate)).toEqual(['2026-03-31', '2025-09-30', '2025-03-31']);
    expect(ceilings?.change?.from.id).toBe(1);
    const moves = Object.fromEntries(ceilings?.change?.comparison.professions.map((p) => [p.professionId, p.movement]) ?? []);
    // Worked above OLDEST: nurses 8a → Board (up), AHPs Board → 8a (down), doctors none either time.
    expect(moves).toMatchObject({ nurses: 'up', ahp: 'down', doctors: 'none' });
    const nurses = ceilings?.change?.comparison.professions.find((p) => p.professionId === 'nurses');
    expect([nurses?.totalA, nurses?.totalB, nurses?.totalChange]).toEqual([52, 71, 19]);
  });

  it('compares with the second when there are two', () => {
    const ceilings = buildReport(makeInputs({ snapshots: [NEWEST, BALANCED] }), 'none').ceilings;
    expect(ceilings?.change?.from.id).toBe(2);
    // BALANCED had no ceilings: both appear.
    const moves = Object.fromEntries(ceilings?.change?.comparison.professions.map((p) => [p.professionId, p.movement]) ?? []);
    expect(moves).toMatchObject({ nurses: 'appeared', ahp: 'appeared', doctors: 'none' });
  });
});

describe('the measure and threshold chosen for the report', () => {
  /** NEWEST with FTE: part-time nurses at Band 5 (50 people, 10 FTE); everyone else whole-time. */
  const withFte: SnapshotWithCounts = {
    snapshot: { ...NEWEST.snapshot, id: 5, hasFte: true },
    counts: NEWEST.counts.map((c) => ({ ...c, fte: c.professionId === 'nurses' && c.levelId === 'band-5' ? 10 : c.headcount })),
  };
  const ceilingOf = (model: ReturnType<typeof buildReport>, id: ProfessionId) => model.ceilings?.analysis.professions.find((p) => p.professionId === id)?.ceiling;

  it('move the ceilings with the threshold: at 0.2 the nurses’ Board index (0.21, worked above NEWEST) no longer counts', () => {
    const at = (threshold: number) => buildReport(makeInputs({ snapshots: [NEWEST] }), 'none', { measure: 'headcount', threshold });
    expect(at(0.5).ceilings?.analysis.threshold).toBe(0.5);
    expect(ceilingOf(at(0.5), 'nurses')).toEqual({ status: 'ceiling', levelId: 'board', lowConfidence: false });
    expect(at(0.2).ceilings?.analysis.threshold).toBe(0.2);
    expect(ceilingOf(at(0.2), 'nurses')).toEqual({ status: 'no-ceiling' });
    // AHPs: Board 0 and Band 8a 0.18, both under 0.2: still at Band 8a.
    expect(ceilingOf(at(0.2), 'ahp')).toEqual({ status: 'ceiling', levelId: 'band-8a', lowConfidence: false });
  });

  it('count by FTE where the snapshot has it: nurses 10 + 20 + 1 = 31 FTE against 71 people', () => {
    const model = buildReport(makeInputs({ snapshots: [withFte] }), 'none', { measure: 'fte', threshold: 0.5 });
    expect(model.ceilings?.analysis.measure).toBe('fte');
    expect(model.ceilings?.fteUnavailable).toBe(false);
    expect(model.ceilings?.analysis.professions.find((p) => p.professionId === 'nurses')?.total).toBe(31);
    expect(buildReport(makeInputs({ snapshots: [withFte] }), 'none').ceilings?.analysis.measure).toBe('headcount');
  });

  it('fall back to headcount, and say so, where the snapshot has no FTE', () => {
    const ceilings = buildReport(makeInputs({ snapshots: [NEWEST] }), 'none', { measure: 'fte', threshold: 0.5 }).ceilings;
    expect(ceilings?.analysis.measure).toBe('headcount');
    expect(ceilings?.fteUnavailable).toBe(true);
  });

  it('say in the headline how the ceilings were found, when not by headcount at 0.5', () => {
    const headline = (analysis: { measure: 'headcount' | 'fte'; threshold: number }) =>
      buildReport(makeInputs({ snapshots: [withFte] }), 'none', analysis).summary.headlines.find((h) => h.startsWith('In the workforce data'));
    expect(headline({ measure: 'headcount', threshold: 0.5 })).toMatch(/^In the workforce data of 31 March 2026, /);
    expect(headline({ measure: 'fte', threshold: 0.5 })).toMatch(/^In the workforce data of 31 March 2026 \(by FTE, at a threshold of 0\.5\), /);
    expect(headline({ measure: 'headcount', threshold: 0.2 })).toMatch(/^In the workforce data of 31 March 2026 \(by headcount, at a threshold of 0\.2\), /);
  });

  it('leave the shares at the board table by headcount, as the board screen shows them', () => {
    const board = boardOfSeven();
    const byHeadcount = buildReport(makeInputs({ board, snapshots: [withFte] }), 'none').composition;
    const byFte = buildReport(makeInputs({ board, snapshots: [withFte] }), 'none', { measure: 'fte', threshold: 0.5 }).composition;
    const nurses = (c: typeof byFte) => c?.atTable.find((p) => p.professionId === 'nurses');
    // 71 of 150 people; by FTE it would be 31 of 110.
    expect(nurses(byHeadcount)?.share).toBeCloseTo(71 / 150, 10);
    expect(nurses(byFte)?.share).toBeCloseTo(71 / 150, 10);
  });

  it('compare snapshots by headcount when the older one has no FTE, keeping the threshold', () => {
    const ceilings = buildReport(makeInputs({ snapshots: [withFte, OLDEST] }), 'none', { measure: 'fte', threshold: 0.2 }).ceilings;
    expect(ceilings?.analysis.measure).toBe('fte');
    expect(ceilings?.change?.measure).toBe('headcount');
    const nurses = ceilings?.change?.comparison.professions.find((p) => p.professionId === 'nurses');
    expect([nurses?.totalA, nurses?.totalB]).toEqual([52, 71]);
    // At 0.2 the nurses' newest Board index (0.21) is no ceiling; their oldest ceiling (Band 8a, 0.14) still is.
    expect(nurses?.movement).toBe('disappeared');
  });
});

describe('the board composition section', () => {
  it('is absent without a board', () => {
    expect(buildReport(makeInputs({ snapshots: [NEWEST] }), 'none').composition).toBeNull();
  });

  it('checks the rules, says who is missing, and takes the shares from the newest snapshot, holding back 1 to 4 people', () => {
    // 3 nurses and 97 doctors: nurses' share 0.03 and held back (1–4 people); nobody else staffed (share 0).
    const small = snapshot(4, '2026-06-30', { nurses: { 'band-5': 3 }, doctors: { 'band-5': 90, board: 7 } });
    const composition = buildReport(makeInputs({ board: boardOfSeven(), snapshots: [small] }), 'none').composition;
    expect(composition?.apply).toBe(true);
    expect(composition?.counts).toEqual({ met: 7, 'not-met': 0, 'cannot-tell': 0, guidance: 1 });
    expect(composition?.atTable.map((p) => [p.professionId, p.voice, p.share])).toEqual([
      ['ahp', 'voice', 0],
      ['doctors', 'voice', 0.97],
      ['healthcare-scientists', 'missing', 0],
      ['midwives', 'missing', 0],
      ['nurses', 'voice', 0.03],
      ['pharmacists', 'missing', 0],
      ['psychologists', 'non-voting-only', 0],
      ['social-workers', 'missing', 0],
      ['other-clinical', 'missing', 0],
    ]);
    expect(composition?.heldBack).toEqual(['nurses']);
    expect(composition?.sharesFrom?.id).toBe(4);
  });

  it('has no shares without a snapshot', () => {
    const composition = buildReport(makeInputs({ board: boardOfSeven() }), 'none').composition;
    expect(composition?.atTable.every((p) => p.share === null)).toBe(true);
    expect(composition?.heldBack).toEqual([]);
    expect(composition?.sharesFrom).toBeNull();
  });
});

describe('which sections print (reportSections)', () => {
  const none = {
    summary: false,
    priorities: false,
    themes: false,
    questions: false,
    ceilings: false,
    composition: false,
    barriers: false,
    resources: false,
    memberRatings: false,
    workforceData: false,
  };

  it('print nothing but the cover and “About” for a workshop with nothing recorded, on one page', () => {
    expect(reportSections(buildReport(makeInputs(), 'official'))).toEqual({ ...none, nothingRecorded: true });
  });

  it('print the questions, and no theme scores or members’ ratings, when only a note is written', () => {
    const sections = reportSections(buildReport(makeInputs({ ratings: [rating('q4', null, [], 'Discussed, not rated.')] }), 'none'));
    expect(sections).toEqual({ ...none, questions: true, nothingRecorded: false });
  });

  it('explain members’ ratings only when some member rated', () => {
    expect(reportSections(buildReport(makeInputs({ ratings: [rating('q4', 3)] }), 'none')).memberRatings).toBe(false);
    const sections = reportSections(buildReport(makeInputs({ ratings: [rating('q4', 3, [2, 4])] }), 'none'));
    expect(sections).toMatchObject({ themes: true, questions: true, memberRatings: true, nothingRecorded: false });
  });

  it('print the board’s composition for a board with no workshop content', () => {
    const sections = reportSections(buildReport(makeInputs({ board: boardOfSeven() }), 'none'));
    // Its headline (who is missing from the table) makes a summary.
    expect(sections).toEqual({ ...none, composition: true, summary: true, nothingRecorded: false });
  });

  it('print the ceilings for a snapshot alone', () => {
    const sections = reportSections(buildReport(makeInputs({ snapshots: [NEWEST] }), 'none'));
    expect(sections).toMatchObject({ ceilings: true, workforceData: true, composition: false, questions: false, nothingRecorded: false });
  });

  it('print the board’s perceived ceilings alone, in the framework’s order, when there is no workforce data', () => {
    const perceived: PerceivedCeiling[] = [
      { professionId: 'nurses', ceiling: 'band-8b' },
      { professionId: 'ahp', ceiling: 'no-ceiling' },
    ];
    const model = buildReport(makeInputs({ perceived }), 'none');
    expect(model.ceilings).toBeNull();
    expect(model.perceivedOnly.map((c) => c.professionId)).toEqual(['ahp', 'nurses']);
    expect(reportSections(model)).toMatchObject({ ceilings: true, workforceData: false, nothingRecorded: false });
    // With data, the perceptions sit beside it in the ceilings table instead.
    const withData = buildReport(makeInputs({ perceived, snapshots: [NEWEST] }), 'none');
    expect(withData.perceivedOnly).toEqual([]);
    expect(withData.ceilings?.perceived).toEqual(perceived);
    expect(reportSections(withData)).toMatchObject({ ceilings: true, workforceData: true });
  });

  it('print the barrier heatmap for one scored barrier', () => {
    const severities: SeverityEntry[] = [{ barrierId: 'lack-of-competence', professionId: 'nurses', severity: 2 }];
    expect(reportSections(buildReport(makeInputs({ severities }), 'none'))).toEqual({ ...none, barriers: true, nothingRecorded: false });
  });

  it('print “Priorities and actions” for the previous workshop’s actions even with no priority agreed yet', () => {
    const sections = reportSections(buildReport(makeInputs({ progress: PREVIOUS }), 'none'));
    expect(sections).toMatchObject({ priorities: true, summary: false, nothingRecorded: false });
  });
});

describe('the headlines', () => {
  it('are at most HEADLINE_COUNT (3), in the documented order: themes, ceilings, composition, movement, disagreement', () => {
    expect(HEADLINE_COUNT).toBe(3);
    const all = makeInputs({ ratings: THEME_RATINGS, snapshots: [NEWEST], board: boardOfSeven(), progress: PREVIOUS });
    expect(buildReport(all, 'none').summary.headlines).toEqual([THEME_SENTENCE, CEILING_SENTENCE, COMPOSITION_SENTENCE]);
    const noBoard = makeInputs({ ratings: THEME_RATINGS, snapshots: [NEWEST], progress: PREVIOUS });
    expect(buildReport(noBoard, 'none').summary.headlines).toEqual([THEME_SENTENCE, CEILING_SENTENCE, MOVEMENT_SENTENCE]);
    const noCeilings = makeInputs({ ratings: THEME_RATINGS, progress: PREVIOUS });
    expect(buildReport(noCeilings, 'none').summary.headlines).toEqual([THEME_SENTENCE, MOVEMENT_SENTENCE, DISAGREEMENT_SENTENCE]);
    const onlyBoardAndMembers = makeInputs({ board: boardOfSeven(), ratings: [rating('q9', null, [1, 5, 3])] });
    expect(buildReport(onlyBoardAndMembers, 'none').summary.headlines).toEqual([
      COMPOSITION_SENTENCE,
      'Members disagreed on 1 question; most on question 9, where their ratings ran from 1 to 5.',
    ]);
  });

  it('name a single rated theme without comparing it', () => {
    const model = buildReport(makeInputs({ ratings: [rating('q1', 2), rating('q2', 3)] }), 'none');
    // Building confidence: mean of 2 and 3 = 2.5.
    expect(model.summary.headlines).toEqual(['The board rated “Building confidence” at 2.5 out of 5.']);
  });

  it('say so when the data shows no ceiling', () => {
    const model = buildReport(makeInputs({ snapshots: [BALANCED], perceived: [{ professionId: 'nurses', ceiling: 'band-7' }] }), 'none');
    expect(model.summary.headlines).toEqual(['In the workforce data of 30 September 2025, no clinical profession hits a ceiling.']);
  });

  it('fall back to the board’s perceived ceilings without data (“no ceiling” is not one)', () => {
    const model = buildReport(
      makeInputs({
        perceived: [
          { professionId: 'nurses', ceiling: 'band-8a' },
          { professionId: 'ahp', ceiling: 'band-7' },
          { professionId: 'doctors', ceiling: 'no-ceiling' },
        ],
      }),
      'none',
    );
    expect(model.summary.headlines).toEqual(['With no workforce snapshot dated on or before the workshop, the board perceived a ceiling for 2 of 9 clinical professions.']);
  });

  it('join missing professions and rules not met in one sentence, with “is” for one rule and “are” for more', () => {
    const one = buildReport(makeInputs({ board: boardOfSeven({ doctorRegistered: false }) }), 'none');
    expect(one.summary.headlines).toEqual([`5 of 9 clinical professions have no one at the board table (${MISSING_LIST}); 1 of the framework’s board composition rules is not met.`]);
    const two = buildReport(makeInputs({ board: boardOfSeven({ doctorRegistered: false, nurseRegistered: false }) }), 'none');
    expect(two.summary.headlines).toEqual([`5 of 9 clinical professions have no one at the board table (${MISSING_LIST}); 2 of the framework’s board composition rules are not met.`]);
  });

  it('mention only the rules when every profession is at the table, and nothing when all is well', () => {
    expect(buildReport(makeInputs({ board: boardOfNine(false) }), 'none').summary.headlines).toEqual([
      '1 of the framework’s board composition rules is not met.',
    ]);
    expect(buildReport(makeInputs({ board: boardOfNine(true) }), 'none').summary.headlines).toEqual([]);
  });

  it('count no rule as not met where the rules are for reference only (an integrated care board)', () => {
    const model = buildReport(makeInputs({ organisation: { type: 'integrated-care-board' }, board: boardOfSeven({ doctorRegistered: false }) }), 'none');
    expect(model.composition?.apply).toBe(false);
    expect(model.summary.headlines).toEqual([COMPOSITION_SENTENCE]);
  });

  it('give the movement since the previous workshop only when there is one and something was rated both times', () => {
    expect(buildReport(makeInputs({ ratings: [rating('q12', 1)], progress: PREVIOUS }), 'none').summary.headlines).toEqual([
      'The board rated “Practical levers” at 1.0 out of 5.',
      // q12: 2 → 1.
      'Since the previous workshop (20 November 2025), 0 of 1 questions rated both times moved up and 1 moved down.',
    ]);
    // Nothing rated both times: no sentence.
    expect(buildReport(makeInputs({ ratings: [rating('q17', 4, [4])], progress: PREVIOUS }), 'none').summary.headlines).toEqual([
      'The board rated “Organisational culture” at 4.0 out of 5.',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('longDate', () => {
  it('writes dates the NHS way, without a leading zero on the day', () => {
    expect(longDate('2026-11-21')).toBe('21 November 2026');
    expect(longDate('2026-01-05')).toBe('5 January 2026');
    expect(longDate('2024-02-29')).toBe('29 February 2024');
    expect(longDate('2026-12-31')).toBe('31 December 2026');
    expect(longDate('2026-11-21T10:00:00.000Z')).toBe('21 November 2026');
  });

  it.each(['', 'not a date', '21/11/2026', '2026-13-01', '2026-00-10', '2026-02-00', '2026-02-32', '26-11-21'])('returns %j unchanged', (bad) => {
    expect(longDate(bad)).toBe(bad);
  });

  it('returns a date that is not in the calendar unchanged, as its comment promises', () => {
    // "Anything that is not a calendar date is returned as it came": there is no 30 February
    // or 31 June, and 2025 is not a leap year.
    expect(longDate('2026-02-30')).toBe('2026-02-30');
    expect(longDate('2026-06-31')).toBe('2026-06-31');
    expect(longDate('2025-02-29')).toBe('2025-02-29');
  });
});

/**
 * Consumes a CSS string token as CSS Syntax Level 3 §4.3.5 does, from the opening quote at
 * `start`: returns the decoded value and the index just past the closing quote, or null for a
 * bad string (a raw newline) or one left unclosed.
 */
function consumeCssString(css: string, start: number): { value: string; end: number } | null {
  const quote = css[start];
  if (quote !== '"' && quote !== "'") return null;
  let value = '';
  let i = start + 1;
  const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
  while (i < css.length) {
    const c = css[i] as string;
    if (c === quote) return { value, end: i + 1 };
    if (c === '\n' || c === '\r' || c === '\f') return null;
    if (c === '\\') {
      const next = css[i + 1];
      if (next === undefined) return null;
      if (next === '\n' || next === '\r' || next === '\f') {
        i += 2;
        continue;
      }
      if (isHex(next)) {
        let hex = '';
        let j = i + 1;
        while (hex.length < 6 && isHex(css[j])) {
          hex += css.charAt(j);
          j += 1;
        }
        if (css[j] === ' ' || css[j] === '\t' || css[j] === '\n') j += 1;
        const code = parseInt(hex, 16);
        value += code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
        i = j;
        continue;
      }
      const escaped = String.fromCodePoint(css.codePointAt(i + 1) ?? 0xfffd);
      value += escaped;
      i += 1 + escaped.length;
      continue;
    }
    value += c;
    i += 1;
  }
  return null;
}

/** True when `token` is exactly one whole CSS string token whose value is `text`. */
function isOneStringToken(token: string, text: string): boolean {
  const parsed = consumeCssString(token, 0);
  return parsed !== null && parsed.end === token.length && parsed.value === text;
}

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('Northshire Hospitals NHS Trust · Board development')).toBe('"Northshire Hospitals NHS Trust · Board development"');
    expect(cssString('')).toBe('""');
  });

  it('escapes quotes and backslashes', () => {
    expect(cssString('St "Mary\'s"')).toBe('"St \\"Mary\'s\\""');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
  });

  it('writes line breaks and other control characters as hex escapes ended by a space', () => {
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('a\r\nb')).toBe('"a\\d \\a b"');
    expect(cssString('\t\u0001\u001f\u007f')).toBe('"\\9 \\1 \\1f \\7f "');
    // A hex digit after an escape is not swallowed into it.
    expect(isOneStringToken(cssString('x\nbeef'), 'x\nbeef')).toBe(true);
  });

  it('keeps a hostile organisation name inside ONE string token', () => {
    const hostile = 'x"; } body { display:none } /*';
    const token = cssString(hostile);
    expect(token).toBe('"x\\"; } body { display:none } /*"');
    expect(isOneStringToken(token, hostile)).toBe(true);
    // The only unescaped quotes are the first and the last characters.
    const unescaped = [...token.matchAll(/(?<!\\)(?:\\\\)*"/g)].map((m) => m.index + m[0].length - 1);
    expect(unescaped).toEqual([0, token.length - 1]);
    for (const nasty of ['\\', '"', '\\"', 'a\\\n"}', '"\n} html { color: red }', '</style><script>alert(1)</script>', '\\\\"']) {
      expect(isOneStringToken(cssString(nasty), nasty)).toBe(true);
    }
  });

  it('round-trips any text without NUL through the CSS tokenizer as one string token', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((s) => !s.includes('\u0000')),
        (text) => isOneStringToken(cssString(text), text),
      ),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('waitForReport', () => {
  /** A page that answers `states` in turn (the last one forever), on a clock that only sleep moves. */
  function fakePage(states: readonly ReportState[]) {
    let clock = 1_000;
    const sleeps: number[] = [];
    let reads = 0;
    return {
      read: () => {
        const state = states[Math.min(reads, states.length - 1)] ?? [null, null];
        reads += 1;
        return Promise.resolve(state);
      },
      sleep: (ms: number) => {
        sleeps.push(ms);
        clock += ms;
        return Promise.resolve();
      },
      now: () => clock,
      get reads() {
        return reads;
      },
      sleeps,
    };
  }

  it('resolves at once when the page is ready', async () => {
    const page = fakePage([['ready', null]]);
    await expect(waitForReport(page.read, { timeoutMs: 1000, intervalMs: 50, sleep: page.sleep, now: page.now })).resolves.toBeUndefined();
    expect(page.reads).toBe(1);
    expect(page.sleeps).toEqual([]);
  });

  it('polls every interval until the page is ready', async () => {
    const page = fakePage([
      [null, null],
      ['loading', null],
      [null, null],
      ['ready', null],
    ]);
    await waitForReport(page.read, { timeoutMs: 1000, intervalMs: 50, sleep: page.sleep, now: page.now });
    expect(page.reads).toBe(4);
    expect(page.sleeps).toEqual([50, 50, 50]);
  });

  it('rejects with the page’s own message when it says it failed', async () => {
    const page = fakePage([
      [null, null],
      ['error', 'The charts did not finish drawing.'],
    ]);
    await expect(waitForReport(page.read, { timeoutMs: 1000, intervalMs: 50, sleep: page.sleep, now: page.now })).rejects.toThrow(
      'The charts did not finish drawing.',
    );
  });

  it.each([[null], [''], [42]])('rejects with a message of its own when the page gives none (%j)', async (error) => {
    const page = fakePage([['error', error]]);
    await expect(waitForReport(page.read, { timeoutMs: 1000, intervalMs: 50, sleep: page.sleep, now: page.now })).rejects.toThrow(
      /^the report page failed$/,
    );
  });

  it('times out when the page never says', async () => {
    // Reads at 0, 25, 50, 75 and 100 ms; at 100 the 100 ms are up.
    const page = fakePage([[null, null]]);
    await expect(waitForReport(page.read, { timeoutMs: 100, intervalMs: 25, sleep: page.sleep, now: page.now })).rejects.toThrow(
      'the report took too long to prepare',
    );
    expect(page.reads).toBe(5);
    expect(page.sleeps).toEqual([25, 25, 25, 25]);
  });

  it('reads the page with a fixed script naming the two attributes', () => {
    expect(READ_REPORT_STATE_SCRIPT).toBe(`[document.documentElement.getAttribute("${REPORT_READY_ATTRIBUTE}"), document.documentElement.getAttribute("${REPORT_ERROR_ATTRIBUTE}")]`);
  });
});

describe('the print window', () => {
  it('prints a route of the app, and refuses anything that is not a path', () => {
    expect(printUrl('/workshops/3/report/print/official')).toBe('app://boardwalk/index.html#/workshops/3/report/print/official');
    for (const bad of ['workshops/3', '', 'https://evil.example/', 'javascript:alert(1)', ' /workshops/3']) {
      expect(() => printUrl(bad)).toThrow('A print route is a path of the app, starting with /');
    }
  });

  it('is hidden, never throttled, and as locked down as the main window', () => {
    const options = buildPrintWindowOptions('/app/out/preload/index.cjs');
    const prefs = options.webPreferences ?? {};
    expect(options.show).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(prefs.backgroundThrottling).toBe(false);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    // Nothing else differs from the main window's preferences.
    const main = buildMainWindowOptions('/app/out/preload/index.cjs', { devTools: false }).webPreferences ?? {};
    expect({ ...prefs, backgroundThrottling: main.backgroundThrottling }).toEqual(main);
  });

  it('asks printToPDF for a tagged PDF with an outline, sized by the page’s own CSS', () => {
    expect(PRINT_TO_PDF_OPTIONS).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true, preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    // No page size or margins of its own to override the @page rules.
    expect(PRINT_TO_PDF_OPTIONS).not.toHaveProperty('pageSize');
    expect(PRINT_TO_PDF_OPTIONS).not.toHaveProperty('margins');
    expect(PRINT_TO_PDF_OPTIONS).not.toHaveProperty('landscape');
  });
});
