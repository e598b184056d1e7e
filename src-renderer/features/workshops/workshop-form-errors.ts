import type { IpcError } from '../../../shared/ipc/result';
import type { FormErrors } from '../../components/form-errors';
import { describeDateProblem } from './date-parts';
import type { DatePart, DateParts } from './date-parts';

/** The control ids of the workshop form, so a message at any input path lands on its control. */
export const WORKSHOP_FIELD_IDS = {
  title: 'title',
  date: 'date',
  facilitator: 'facilitator',
  addGuest: 'add-guest',
} as const;

export const DATE_WHAT = 'date of the workshop';

export function memberCheckboxId(memberId: number): string {
  return `member-${memberId}`;
}

export function guestFieldId(key: number, field: 'name' | 'role'): string {
  return `guest-${key}-${field}`;
}

/** What was sent, to read the list positions in an error's path back as the rows on screen. */
export type SentForm = {
  readonly date: DateParts;
  /** boardMemberIds as sent, in order. */
  readonly memberIds: readonly number[];
  /** The on-screen key of each guest, in the order sent. */
  readonly guestKeys: readonly number[];
  readonly memberName: (memberId: number) => string | undefined;
  /** The control a message about the whole list of board participants goes to. */
  readonly participantsId: string | undefined;
};

export type WorkshopFormErrors = FormErrors & { readonly dateParts: readonly DatePart[] };

export const NO_WORKSHOP_ERRORS: WorkshopFormErrors = { fields: [], general: null, dateParts: [] };

/**
 * Turns an error envelope into messages on controls: ['participants', 'boardMemberIds', 2] is
 * the checkbox of the third member sent, ['participants', 'guests', 0, 'name'] the name box of
 * the first guest. `order` is every control id in the order the form shows them.
 */
export function toWorkshopFormErrors(error: IpcError, sent: SentForm, order: readonly string[]): WorkshopFormErrors {
  const fields: Array<{ id: string; message: string }> = [];
  const unmatched: string[] = [];
  let dateParts: readonly DatePart[] = [];
  const source = error.fields.length > 0 ? error.fields : [{ path: error.path, message: error.message }];
  for (const field of source) {
    const placed = place(field.path, field.message, sent);
    if (!placed) {
      unmatched.push(field.message);
      continue;
    }
    if (fields.some((f) => f.id === placed.id)) continue;
    fields.push({ id: placed.id, message: placed.message });
    if (placed.dateParts) dateParts = placed.dateParts;
  }
  const position = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  fields.sort((a, b) => position(a.id) - position(b.id));
  return { fields, general: unmatched.length > 0 ? unmatched.join(' ') : null, dateParts };
}

type Placed = { id: string; message: string; dateParts?: readonly DatePart[] };

function place(path: readonly (string | number)[], message: string, sent: SentForm): Placed | null {
  const [first, second, index, leaf] = path;
  switch (first) {
    case 'title':
      return { id: WORKSHOP_FIELD_IDS.title, message };
    case 'facilitator':
      return { id: WORKSHOP_FIELD_IDS.facilitator, message };
    case 'date': {
      const problem = describeDateProblem(sent.date, DATE_WHAT);
      const firstPart = problem.parts[0] ?? 'day';
      return { id: `${WORKSHOP_FIELD_IDS.date}-${firstPart}`, message: problem.message, dateParts: problem.parts };
    }
    case 'participants':
      if (second === 'boardMemberIds') {
        const memberId = typeof index === 'number' ? sent.memberIds[index] : undefined;
        if (memberId === undefined) return sent.participantsId ? { id: sent.participantsId, message } : null;
        // "Board member 7 is not on…" means nothing to a user; the name does.
        const name = sent.memberName(memberId);
        return { id: memberCheckboxId(memberId), message: name ? message.replace(`Board member ${memberId}`, name) : message };
      }
      if (second === 'guests') {
        const key = typeof index === 'number' ? sent.guestKeys[index] : undefined;
        if (key === undefined) return { id: WORKSHOP_FIELD_IDS.addGuest, message };
        return { id: guestFieldId(key, leaf === 'role' ? 'role' : 'name'), message };
      }
      return null;
    default:
      return null;
  }
}
