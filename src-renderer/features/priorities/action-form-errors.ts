import type { IpcError } from '../../../shared/ipc/result';
import type { FormErrors } from '../../components/form-errors';
import { describeDateProblem } from '../workshops/date-parts';
import type { DatePart, DateParts } from '../workshops/date-parts';

/**
 * The control ids of the action form, named as the fields of the input: the first segment of
 * an error's path is the id of the control it is about. The due date is three boxes, each
 * `dueDate-day`, `dueDate-month`, `dueDate-year`.
 */
export const ACTION_FIELD_IDS = {
  description: 'description',
  ownerId: 'ownerId',
  dueDate: 'dueDate',
  status: 'status',
  notes: 'notes',
  resourceId: 'resourceId',
} as const;

export const DUE_DATE_WHAT = 'due date';

/** What was sent, as the user filled it in: the main process's messages are reworded for it. */
export type SentAction = {
  readonly dueDate: DateParts;
  /** False when "Choose a board member" was left selected. */
  readonly ownerChosen: boolean;
};

export type ActionFormErrors = FormErrors & { readonly dateParts: readonly DatePart[] };

export const NO_ACTION_ERRORS: ActionFormErrors = { fields: [], general: null, dateParts: [] };

/** Where the messages of each field are listed in the summary: the order of the form. */
const ORDER: readonly string[] = [
  ACTION_FIELD_IDS.description,
  ACTION_FIELD_IDS.ownerId,
  ...(['day', 'month', 'year'] as const).map((part) => `${ACTION_FIELD_IDS.dueDate}-${part}`),
  ACTION_FIELD_IDS.status,
  ACTION_FIELD_IDS.notes,
  ACTION_FIELD_IDS.resourceId,
];

/**
 * Turns an error envelope into messages on the form's controls. A message about the question
 * (not an agreed priority), the workshop or the action itself (deleted meanwhile) belongs to no
 * control, and is shown at the top of the summary.
 */
export function toActionFormErrors(error: IpcError, sent: SentAction): ActionFormErrors {
  const fields: Array<{ id: string; message: string }> = [];
  const unmatched: string[] = [];
  let dateParts: readonly DatePart[] = [];
  const source = error.fields.length > 0 ? error.fields : [{ path: error.path, message: error.message }];
  for (const field of source) {
    const placed = place(field.path[0], field.message, sent);
    if (!placed) {
      if (!unmatched.includes(field.message)) unmatched.push(field.message);
      continue;
    }
    if (fields.some((f) => f.id === placed.id)) continue;
    fields.push({ id: placed.id, message: placed.message });
    if (placed.dateParts) dateParts = placed.dateParts;
  }
  fields.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
  return { fields, general: unmatched.length > 0 ? unmatched.join(' ') : null, dateParts };
}

type Placed = { id: string; message: string; dateParts?: readonly DatePart[] };

function place(first: string | number | undefined, message: string, sent: SentAction): Placed | null {
  switch (first) {
    case 'description':
      return { id: ACTION_FIELD_IDS.description, message };
    case 'ownerId':
      // Nothing chosen reaches the main process as no id, and "Board member id must be positive"
      // means nothing to a user.
      return { id: ACTION_FIELD_IDS.ownerId, message: sent.ownerChosen ? message : 'Choose the owner of the action' };
    case 'dueDate': {
      // The main process words it for one YYYY-MM-DD value; the user sees three boxes.
      const problem = describeDateProblem(sent.dueDate, DUE_DATE_WHAT);
      const firstPart = problem.parts[0] ?? 'day';
      return { id: `${ACTION_FIELD_IDS.dueDate}-${firstPart}`, message: problem.message, dateParts: problem.parts };
    }
    case 'status':
      return { id: ACTION_FIELD_IDS.status, message };
    case 'notes':
      return { id: ACTION_FIELD_IDS.notes, message };
    case 'resourceId':
      return { id: ACTION_FIELD_IDS.resourceId, message };
    default:
      return null;
  }
}
