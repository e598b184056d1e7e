import { describe, expect, it } from 'vitest';
import type { WorkshopSession } from '../../shared/workshops/session';
import { applyChange, inverseOf } from '../../src-renderer/features/walkthrough/changes';
import { focusKind, shortcutFor } from '../../src-renderer/features/walkthrough/shortcuts';
import type { KeyInput } from '../../src-renderer/features/walkthrough/shortcuts';
import { nextStep, positionOf, previousStep, RUN_STEPS, stepOf, stepTitle } from '../../src-renderer/features/walkthrough/steps';
import { emptyHistory, HISTORY_LIMIT, record, redoStep, undoStep } from '../../src-renderer/features/walkthrough/undo-history';

const session: WorkshopSession = {
  workshop: { id: 1, organisationId: 1, title: 'W', date: '2026-12-03', facilitator: '', participants: [], questionsRated: 1, createdAt: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-21T10:00:00.000Z' },
  organisationName: 'Org',
  ratings: [{ questionId: 'q2', consensus: 3, notes: 'n', individual: [{ participantId: 5, rating: 2 }] }],
  severities: [{ barrierId: 'fear-of-unknown', professionId: 'ahp', severity: 1 }],
  perceivedCeilings: [{ professionId: 'nurses', ceiling: 'band-8a' }],
  position: null,
  positionChangedAt: null,
};

describe('changes', () => {
  it('finds what each change would replace, so undo restores it', () => {
    expect(inverseOf(session, { kind: 'consensus', questionId: 'q2', rating: 5 })).toEqual({ kind: 'consensus', questionId: 'q2', rating: 3 });
    expect(inverseOf(session, { kind: 'consensus', questionId: 'q9', rating: 5 })).toEqual({ kind: 'consensus', questionId: 'q9', rating: null });
    expect(inverseOf(session, { kind: 'notes', questionId: 'q2', notes: 'x' })).toEqual({ kind: 'notes', questionId: 'q2', notes: 'n' });
    expect(inverseOf(session, { kind: 'individual', questionId: 'q2', participantId: 5, rating: 4 })).toMatchObject({ rating: 2 });
    expect(inverseOf(session, { kind: 'severity', barrierId: 'fear-of-unknown', professionId: 'ahp', severity: 3 })).toMatchObject({ severity: 1 });
    expect(inverseOf(session, { kind: 'ceiling', professionId: 'nurses', ceiling: null })).toMatchObject({ ceiling: 'band-8a' });
  });

  it('applies changes to the session, keeping questions in order and the count of rated questions right', () => {
    let next = applyChange(session, { kind: 'consensus', questionId: 'q10', rating: 4 });
    next = applyChange(next, { kind: 'consensus', questionId: 'q1', rating: 1 });
    expect(next.ratings.map((r) => r.questionId)).toEqual(['q1', 'q2', 'q10']);
    expect(next.workshop.questionsRated).toBe(3);
    next = applyChange(next, { kind: 'consensus', questionId: 'q2', rating: null });
    expect(next.workshop.questionsRated).toBe(2);
    next = applyChange(next, { kind: 'individual', questionId: 'q2', participantId: 3, rating: 5 });
    expect(next.ratings.find((r) => r.questionId === 'q2')?.individual).toEqual([{ participantId: 3, rating: 5 }, { participantId: 5, rating: 2 }]);
    next = applyChange(next, { kind: 'severity', barrierId: 'fear-of-unknown', professionId: 'ahp', severity: null });
    expect(next.severities).toEqual([]);
    next = applyChange(next, { kind: 'ceiling', professionId: 'doctors', ceiling: 'no-ceiling' });
    expect(next.perceivedCeilings).toHaveLength(2);
    expect(session.ratings).toHaveLength(1); // the original is untouched
  });
});

describe('undo history', () => {
  const entry = (n: number) => ({ label: `change ${n}`, undo: n - 1, redo: n });

  it('undoes and redoes in order, and a new change clears what could be redone', () => {
    let h = record(record(emptyHistory<number>(), entry(1)), entry(2));
    const u1 = undoStep(h);
    expect(u1?.entry.label).toBe('change 2');
    h = u1?.history ?? h;
    const r1 = redoStep(h);
    expect(r1?.entry.redo).toBe(2);
    h = undoStep(r1?.history ?? h)?.history ?? h;
    h = record(h, entry(3));
    expect(redoStep(h)).toBeNull();
    expect(h.done.map((e) => e.label)).toEqual(['change 1', 'change 3']);
    expect(undoStep(emptyHistory())).toBeNull();
  });

  it('keeps at most the last HISTORY_LIMIT changes', () => {
    let h = emptyHistory<number>();
    for (let n = 1; n <= HISTORY_LIMIT + 10; n += 1) h = record(h, entry(n));
    expect(h.done).toHaveLength(HISTORY_LIMIT);
    expect(h.done[0]?.label).toBe('change 11');
  });
});

describe('steps', () => {
  it('runs ceilings, each theme then its questions, then priorities: 24 steps', () => {
    expect(RUN_STEPS).toHaveLength(1 + 5 + 17 + 1);
    expect(positionOf(RUN_STEPS[0] ?? { kind: 'priorities' })).toBe('ceilings');
    expect(RUN_STEPS.map(positionOf).slice(1, 8)).toEqual(['theme:building-confidence', 'question:q1', 'question:q2', 'question:q3', 'question:q4', 'question:q5', 'theme:widening-perspectives']);
    expect(nextStep({ kind: 'question', questionId: 'q17' })).toEqual({ kind: 'priorities' });
    expect(nextStep({ kind: 'priorities' })).toBeNull();
    expect(previousStep({ kind: 'ceilings' })).toBeNull();
    expect(previousStep({ kind: 'question', questionId: 'q6' })).toEqual({ kind: 'theme', themeId: 'widening-perspectives' });
  });

  it('turns positions back into steps, falling back to the start for anything unknown', () => {
    for (const step of RUN_STEPS) expect(stepOf(positionOf(step))).toEqual(step);
    expect(stepOf('question:q99')).toEqual({ kind: 'ceilings' });
    expect(stepTitle({ kind: 'question', questionId: 'q12' })).toBe('Key question 12 of 17');
    expect(stepTitle({ kind: 'theme', themeId: 'practical-levers' })).toBe('Theme 4: Practical levers');
  });
});

describe('shortcuts', () => {
  const key = (k: string, over: Partial<KeyInput> = {}): KeyInput => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, target: 'other', ...over });

  it('with single-key shortcuts turned off (WCAG 2.1.4), no character key does anything; arrows, Delete and Ctrl still do', () => {
    for (const k of ['1', '5', '0', 'n', 'N', 'p', 'v', '?']) expect(shortcutFor(key(k), false), k).toBeNull();
    expect(shortcutFor(key('ArrowRight'), false)).toEqual({ kind: 'next' });
    expect(shortcutFor(key('PageUp'), false)).toEqual({ kind: 'previous' });
    expect(shortcutFor(key('Delete'), false)).toEqual({ kind: 'clear-rating' });
    expect(shortcutFor(key('z', { ctrlKey: true }), false)).toEqual({ kind: 'undo' });
    // On by default.
    expect(shortcutFor(key('3'))).toEqual({ kind: 'rate', rating: 3 });
  });

  it('rates with digits, clears with 0 or Delete, moves with arrows, N and P', () => {
    expect(shortcutFor(key('4'))).toEqual({ kind: 'rate', rating: 4 });
    expect(shortcutFor(key('6'))).toBeNull();
    expect(shortcutFor(key('0'))).toEqual({ kind: 'clear-rating' });
    expect(shortcutFor(key('Delete'))).toEqual({ kind: 'clear-rating' });
    expect(shortcutFor(key('ArrowRight'))).toEqual({ kind: 'next' });
    expect(shortcutFor(key('n'))).toEqual({ kind: 'next' });
    expect(shortcutFor(key('ArrowLeft'))).toEqual({ kind: 'previous' });
    expect(shortcutFor(key('?', { shiftKey: true }))).toEqual({ kind: 'help' });
    expect(shortcutFor(key('v'))).toEqual({ kind: 'present' });
  });

  it('undoes with Ctrl+Z (or Cmd+Z) and redoes with Ctrl+Y or Ctrl+Shift+Z', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(shortcutFor(key('z', { metaKey: true }))).toEqual({ kind: 'undo' });
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' });
    expect(shortcutFor(key('y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
    expect(shortcutFor(key('4', { ctrlKey: true }))).toBeNull();
  });

  it('leaves every key to a text box, and arrows to radio buttons, but lets digits rate from a radio button', () => {
    expect(shortcutFor(key('4', { target: 'text' }))).toBeNull();
    expect(shortcutFor(key('z', { target: 'text', ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('ArrowRight', { target: 'choice' }))).toBeNull();
    expect(shortcutFor(key('4', { target: 'choice' }))).toEqual({ kind: 'rate', rating: 4 });
    expect(shortcutFor(key('4', { altKey: true }))).toBeNull();
  });

  it('classifies focus', () => {
    const el = (tagName: string, type?: string) => ({ tagName, type, isContentEditable: false }) as unknown as Element;
    expect(focusKind(null)).toBe('other');
    expect(focusKind(el('TEXTAREA'))).toBe('text');
    expect(focusKind(el('INPUT', 'text'))).toBe('text');
    expect(focusKind(el('INPUT', 'radio'))).toBe('choice');
    expect(focusKind(el('SELECT'))).toBe('text');
    expect(focusKind(el('A'))).toBe('other');
  });
});
