import { KEY_QUESTIONS, THEMES } from '../../shared/framework/content';
import { PROFESSION_IDS } from '../../shared/framework/professions';
import type { WorkforceCount } from '../../shared/workforce/types';
import type { Core } from '../../src-main/core/app-core';
import { seedOrganisationWithBoard } from './fixtures-data';
import { NORTHSHIRE_2025, NORTHSHIRE_2026, seedSnapshot } from './workforce-data';

/** The consensus ratings of the 17 questions in the completed workshop (q1 … q17). */
export const CONSENSUS = [2, 3, 1, 2, 4, 3, 2, 2, 1, 3, 3, 2, 4, 3, 2, 1, 3] as const;
/** …and at the previous workshop, a year before. */
export const PREVIOUS_CONSENSUS = [1, 2, 1, 2, 3, 3, 2, 1, 1, 2, 3, 2, 3, 2, 2, 1, 2] as const;

/** The agreed priorities, in the board's order. */
export const AGREED = ['q9', 'q3', 'q16'] as const;

export type CompleteWorkshop = {
  readonly organisationId: number;
  readonly workshopId: number;
  readonly previousWorkshopId: number;
  readonly memberIds: readonly number[];
  /** Every action of the workshop as added: description, owner's name and due date. */
  readonly actions: ReadonlyArray<{ readonly questionId: string; readonly description: string; readonly ownerName: string; readonly dueDate: string }>;
};

async function must<T>(label: string, call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
  return result.value;
}

/** A third snapshot between the two stored ones: the 2025 counts with nurses a little higher up. */
function midYear(): WorkforceCount[] {
  return NORTHSHIRE_2025.map((row) =>
    row.professionId === 'nurses' && row.levelId === 'band-8a' ? { ...row, headcount: row.headcount + 6, fte: row.fte === null ? null : row.fte + 5.4 } : { ...row },
  );
}

const OWNERS = ['David Okafor', 'Grace Adeyemi', 'Dr Tom Hughes', 'Sam Patel', 'Priya Raman'] as const;

/**
 * A workshop as a board finishes it, through the real dispatcher: the board of ten and two
 * guests (12 participants), all 17 questions rated with members' own ratings and notes,
 * barriers scored for two themes, perceived ceilings, 3 dots each, three agreed priorities
 * with `actionCount` actions between them, both champions; a previous workshop a year before
 * with its own ratings and an action; and three workforce snapshots. The report's fixture for
 * the end-to-end test and the benchmark.
 */
export async function seedCompleteWorkshop(
  core: Pick<Core, 'call' | 'db'>,
  options: { readonly actionCount?: number; readonly organisationName?: string } = {},
): Promise<CompleteWorkshop> {
  const actionCount = options.actionCount ?? 15;
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core, options.organisationName, options.organisationName ? 'RSC' : undefined);
  const byName = async (name: string): Promise<number> => {
    const board = await must('board.list', core.call('board.list', { organisationId }));
    const member = board.find((m) => m.name === name);
    if (!member) throw new Error(`no board member ${name}`);
    return member.id;
  };

  seedSnapshot(core, organisationId, { snapshotDate: '2025-03-31', label: 'Year end', counts: NORTHSHIRE_2025 });
  seedSnapshot(core, organisationId, { snapshotDate: '2025-09-30', label: 'Half year', counts: midYear() });
  seedSnapshot(core, organisationId, { snapshotDate: '2026-03-31', label: 'Year end', counts: NORTHSHIRE_2026 });

  const previous = await must(
    'previous workshop',
    core.call('workshop.create', {
      organisationId,
      title: 'Clinical leadership: first look',
      date: '2025-11-20',
      facilitator: 'Ruth Gold',
      participants: { boardMemberIds: memberIds.slice(0, 6), guests: [] },
    }),
  );
  for (const [index, question] of KEY_QUESTIONS.entries()) {
    await must('previous rating', core.call('session.setConsensus', { workshopId: previous.id, questionId: question.id, rating: PREVIOUS_CONSENSUS[index] ?? 1 }));
  }
  await must('previous agreed', core.call('priorities.setAgreed', { workshopId: previous.id, questionId: 'q9', agreed: true }));
  await must(
    'previous action',
    core.call('action.add', {
      workshopId: previous.id,
      questionId: 'q9',
      description: 'Map the routes into senior roles for each profession',
      ownerId: await byName('Grace Adeyemi'),
      dueDate: '2026-06-30',
      status: 'done',
      notes: '',
      resourceId: null,
    }),
  );

  const workshop = await must(
    'workshop',
    core.call('workshop.create', {
      organisationId,
      title: 'Board development: clinical leadership',
      date: '2026-11-19',
      facilitator: 'Ruth Gold',
      participants: {
        boardMemberIds: [...memberIds],
        guests: [
          { name: 'Nadia Rahman', role: 'Head of workforce' },
          { name: 'Owen Price', role: 'Chief AHP' },
        ],
      },
    }),
  );
  const workshopId = workshop.id;
  const participants = workshop.participants.map((p) => p.id);

  for (const [index, question] of KEY_QUESTIONS.entries()) {
    const rating = CONSENSUS[index] ?? 3;
    await must('rating', core.call('session.setConsensus', { workshopId, questionId: question.id, rating }));
    for (const [p, participantId] of participants.entries()) {
      // Question 9 splits the room (1 to 5); elsewhere members sit within a point of the consensus.
      const own = question.id === 'q9' ? (p % 5) + 1 : Math.min(5, Math.max(1, rating + ((p % 3) - 1)));
      await must('individual', core.call('session.setIndividual', { workshopId, questionId: question.id, participantId, rating: own }));
    }
  }
  await must(
    'notes',
    core.call('session.setNotes', {
      workshopId,
      questionId: 'q9',
      notes: 'No clinical talent pipeline below the executive team.\nThe AHP lead reports to the nurse director, not the board.',
    }),
  );
  await must('notes', core.call('session.setNotes', { workshopId, questionId: 'q3', notes: 'Pharmacy and psychology have no route into senior roles.' }));

  for (const theme of THEMES.slice(0, 2)) {
    for (const barrier of theme.barriers) {
      for (const [i, professionId] of PROFESSION_IDS.entries()) {
        await must('severity', core.call('session.setSeverity', { workshopId, barrierId: barrier.id, professionId, severity: (i + barrier.id.length) % 4 }));
      }
    }
  }
  await must('perceived', core.call('session.setCeiling', { workshopId, professionId: 'nurses', ceiling: 'band-8b' }));
  await must('perceived', core.call('session.setCeiling', { workshopId, professionId: 'ahp', ceiling: 'band-8a' }));
  await must('perceived', core.call('session.setCeiling', { workshopId, professionId: 'doctors', ceiling: 'no-ceiling' }));

  await must('voting', core.call('priorities.setVoting', { workshopId, dotsPerParticipant: 3, hideVotes: false, revealed: true }));
  for (const [p, participantId] of participants.entries()) {
    const favourite = AGREED[p % AGREED.length] ?? 'q9';
    await must('vote', core.call('priorities.setVote', { workshopId, participantId, questionId: favourite, dots: 2 }));
    await must('vote', core.call('priorities.setVote', { workshopId, participantId, questionId: KEY_QUESTIONS[p % 17]?.id ?? 'q1', dots: 1 }));
  }
  const order = [...AGREED, ...KEY_QUESTIONS.map((q) => q.id).filter((id) => !(AGREED as readonly string[]).includes(id))];
  await must('order', core.call('priorities.setOrder', { workshopId, order }));
  for (const questionId of AGREED) await must('agreed', core.call('priorities.setAgreed', { workshopId, questionId, agreed: true }));

  const actions: Array<{ questionId: string; description: string; ownerName: string; dueDate: string }> = [];
  for (let i = 0; i < actionCount; i += 1) {
    const questionId = AGREED[i % AGREED.length] ?? 'q9';
    const ownerName = OWNERS[i % OWNERS.length] ?? 'David Okafor';
    const month = String((i % 12) + 1).padStart(2, '0');
    const dueDate = `2027-${month}-${String(10 + (i % 18)).padStart(2, '0')}`;
    const description = `Action ${i + 1}: ${['Launch a clinical leadership development cohort', 'Set up reverse mentoring with the board', 'Publish the ceiling analysis to the people committee', 'Add AHP and pharmacy voices to the executive team meeting', 'Review succession plans for every clinical profession'][i % 5] ?? ''}`;
    await must(
      'action',
      core.call('action.add', {
        workshopId,
        questionId,
        description,
        ownerId: await byName(ownerName),
        dueDate,
        status: (['not-started', 'in-progress', 'done', 'blocked'] as const)[i % 4] ?? 'not-started',
        notes: i % 4 === 0 ? 'Report progress to the March board.' : '',
        resourceId: null,
      }),
    );
    actions.push({ questionId, description, ownerName, dueDate });
  }
  await must('champion', core.call('priorities.setChampion', { workshopId, kind: 'executive', boardMemberId: await byName('Grace Adeyemi') }));
  await must('champion', core.call('priorities.setChampion', { workshopId, kind: 'non-executive', boardMemberId: await byName('Ian Fraser') }));

  return { organisationId, workshopId, previousWorkshopId: previous.id, memberIds, actions };
}
