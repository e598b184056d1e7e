import { describe, expect, it } from 'vitest';
import { KEY_QUESTIONS, themeById } from '../../shared/framework/content';
import { effectiveOrder, moveInOrder, moveTo, proposeOrder } from '../../shared/priorities/proposed-order';
import type { OrderInput } from '../../shared/priorities/proposed-order';

const NONE: OrderInput = { votes: {}, ratings: {}, ceilingProfessions: [], severities: [] };
const confidenceBarrier = themeById('building-confidence').barriers[0]?.id ?? '';
const cultureBarrier = themeById('organisational-culture').barriers[0]?.id ?? '';
const themeOf = (id: string) => KEY_QUESTIONS.find((q) => q.id === id)?.themeId;

describe('the proposed order of priorities', () => {
  it('with nothing to go on, follows the framework\'s order', () => {
    expect(proposeOrder(NONE).map((p) => p.questionId)).toEqual(KEY_QUESTIONS.map((q) => q.id));
  });

  it('adds votes, the maturity gap and ceiling evidence, and says so', () => {
    // q1 (Building confidence): 2 votes, rated 2 (gap 3), nurses and AHPs hit a ceiling and a
    // Building confidence barrier weighs Moderate or Major on both: 2 + 3 + 2 = 7.
    // q16 (Organisational culture): 6 votes, rated 4 (gap 1), no evidence: 6 + 1 + 0 = 7.
    // q12 (Practical levers): 5 votes, not rated: 5 + 0 + 0 = 5.
    expect(themeOf('q1')).toBe('building-confidence');
    expect(themeOf('q16')).toBe('organisational-culture');
    const order = proposeOrder({
      votes: { q1: 2, q16: 6, q12: 5 },
      ratings: { q1: 2, q16: 4 },
      ceilingProfessions: ['nurses', 'ahp', 'pharmacists'],
      severities: [
        { barrierId: confidenceBarrier, professionId: 'nurses', severity: 3 },
        { barrierId: confidenceBarrier, professionId: 'ahp', severity: 2 },
        // Minor is not enough; and a profession without a ceiling is no evidence.
        { barrierId: confidenceBarrier, professionId: 'pharmacists', severity: 1 },
        { barrierId: confidenceBarrier, professionId: 'midwives', severity: 3 },
        { barrierId: cultureBarrier, professionId: 'doctors', severity: 3 },
      ],
    });
    // Equal scores of 7: more votes first, so q16 before q1.
    expect(order.slice(0, 3).map((p) => [p.questionId, p.score])).toEqual([
      ['q16', 7],
      ['q1', 7],
      ['q12', 5],
    ]);
    const q1 = order.find((p) => p.questionId === 'q1');
    expect(q1).toMatchObject({ votes: 2, gap: 3, evidence: ['nurses', 'ahp'] });
    expect(q1?.reason).toBe('2 votes + gap 3 (rated 2, Emerging) + ceiling evidence 2 (Nurses, Allied health professionals) = 7');
    expect(order.find((p) => p.questionId === 'q12')?.reason).toBe('5 votes + not rated (gap 0) + no ceiling evidence = 5');
  });

  it('breaks a tie of score and votes by the wider gap', () => {
    const order = proposeOrder({ ...NONE, votes: { q2: 1, q3: 3 }, ratings: { q2: 1, q3: 3 } });
    // q2: 1 + 4 = 5; q3: 3 + 2 = 5; votes decide: q3 first.
    expect(order.slice(0, 2).map((p) => p.questionId)).toEqual(['q3', 'q2']);
    const gapTie = proposeOrder({ ...NONE, votes: { q2: 2, q3: 2 }, ratings: { q2: 5, q3: 4 } });
    // q2: 2 + 0 = 2; q3: 2 + 1 = 3.
    expect(gapTie.slice(0, 2).map((p) => p.questionId)).toEqual(['q3', 'q2']);
  });

  it('keeps the board\'s order when it has one, and moves questions by keyboard or drag and drop', () => {
    const proposed = proposeOrder(NONE);
    expect(effectiveOrder(proposed, null)[0]).toBe('q1');
    const board = ['q9', 'q1'];
    const effective = effectiveOrder(proposed, board);
    expect(effective.slice(0, 3)).toEqual(['q9', 'q1', 'q2']);
    expect(effective).toHaveLength(17);
    expect(moveInOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
  });

  it('leaves hidden votes out of the order and the reasons', () => {
    const order = proposeOrder({ ...NONE, votes: { q2: 9 }, ratings: { q3: 1 }, votesHidden: true });
    expect(order[0]?.questionId).toBe('q3');
    expect(order.find((p) => p.questionId === 'q2')?.reason).toBe('votes hidden + not rated (gap 0) + no ceiling evidence = 0');
  });
});
