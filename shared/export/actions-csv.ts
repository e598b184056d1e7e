import { questionById, themeById } from '../framework/content';
import { ACTION_STATUS_LABELS } from '../priorities/priorities';
import type { Action, Priorities } from '../priorities/priorities';

export const ACTIONS_CSV_HEADER = [
  'Priority',
  'Question',
  'Theme',
  'Action',
  'Owner',
  'Due date',
  'Status',
  'Notes',
  'Development offer',
] as const;

/**
 * One row per action under a header, in priority order, then by due date, then as entered.
 * "Priority" is the place of the action's question among the workshop's agreed priorities in
 * `order` (1 is the board's first priority): the order of the priorities screen and the report
 * (`priorityOrder` in shared/report/build-report.ts). Due dates are ISO (2027-03-31): unambiguous in any
 * locale, read by Excel as a date, and they sort correctly even as text. Cells are plain text
 * here; toCsv guards them.
 */
export function actionsCsvRows(priorities: Pick<Priorities, 'agreed' | 'actions'>, order: readonly string[]): string[][] {
  const agreedInOrder = order.filter((id) => priorities.agreed.includes(id));
  const rank = (action: Action): number => {
    const at = agreedInOrder.indexOf(action.questionId);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const sorted = priorities.actions
    .map((action, index) => ({ action, index }))
    .sort(
      (a, b) =>
        rank(a.action) - rank(b.action) ||
        (a.action.dueDate < b.action.dueDate ? -1 : a.action.dueDate > b.action.dueDate ? 1 : 0) ||
        a.index - b.index,
    )
    .map((entry) => entry.action);
  return [
    [...ACTIONS_CSV_HEADER],
    ...sorted.map((action) => {
      const question = questionById(action.questionId);
      const at = agreedInOrder.indexOf(action.questionId);
      return [
        at < 0 ? '' : String(at + 1),
        question ? `${question.number}. ${question.text}` : action.questionId,
        question ? themeById(question.themeId).title : '',
        action.description,
        action.ownerName,
        action.dueDate,
        ACTION_STATUS_LABELS[action.status],
        action.notes,
        action.resourceTitle ?? '',
      ];
    }),
  ];
}
