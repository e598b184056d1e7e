import { questionById, THEMES } from '../../../shared/framework/content';
import type { Position } from '../../../shared/workshops/session';
import type { RunStep } from '../../app/routes';

/**
 * The walk-through in order: perceived ceilings, then each theme followed by its questions,
 * then priorities. Next and previous follow this order.
 */
export const RUN_STEPS: readonly RunStep[] = [
  { kind: 'ceilings' },
  ...THEMES.flatMap((theme): RunStep[] => [
    { kind: 'theme', themeId: theme.id },
    ...theme.questions.map((q): RunStep => ({ kind: 'question', questionId: q.id })),
  ]),
  { kind: 'priorities' },
];

export function positionOf(step: RunStep): Position {
  switch (step.kind) {
    case 'ceilings':
    case 'priorities':
      return step.kind;
    case 'theme':
      return `theme:${step.themeId}`;
    case 'question':
      return `question:${step.questionId}`;
  }
}

export function stepOf(position: Position): RunStep {
  if (position === 'ceilings' || position === 'priorities') return { kind: position };
  const [kind, id = ''] = position.split(':');
  if (kind === 'theme') {
    const theme = THEMES.find((t) => t.id === id);
    if (theme) return { kind: 'theme', themeId: theme.id };
  }
  if (kind === 'question' && questionById(id)) return { kind: 'question', questionId: id };
  return { kind: 'ceilings' };
}

function indexOf(step: RunStep): number {
  const position = positionOf(step);
  return RUN_STEPS.findIndex((s) => positionOf(s) === position);
}

export function nextStep(step: RunStep): RunStep | null {
  return RUN_STEPS[indexOf(step) + 1] ?? null;
}

export function previousStep(step: RunStep): RunStep | null {
  const index = indexOf(step);
  return index > 0 ? (RUN_STEPS[index - 1] ?? null) : null;
}

export function stepTitle(step: RunStep): string {
  switch (step.kind) {
    case 'ceilings':
      return 'Perceived ceilings';
    case 'priorities':
      return 'Priorities';
    case 'theme': {
      const theme = THEMES.find((t) => t.id === step.themeId);
      return theme ? `Theme ${theme.number}: ${theme.title}` : 'Theme';
    }
    case 'question': {
      const question = questionById(step.questionId);
      return question ? `Key question ${question.number} of 17` : 'Key question';
    }
  }
}
