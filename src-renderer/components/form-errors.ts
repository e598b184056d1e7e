import type { IpcError } from '../../shared/ipc/result';

/** Field messages keyed by the form control's id, in the order they should be listed. */
export type FormErrors = {
  readonly fields: ReadonlyArray<{ readonly id: string; readonly message: string }>;
  /** A problem that belongs to no field (the database could not be reached, say). */
  readonly general: string | null;
};

export const NO_ERRORS: FormErrors = { fields: [], general: null };

/**
 * Turns an error envelope into form errors. `fieldIds` maps the first segment of an input path
 * to the id of the control that edits it; anything else is shown as a general message.
 */
export function toFormErrors(error: IpcError, fieldIds: Readonly<Record<string, string>>): FormErrors {
  const fields: Array<{ id: string; message: string }> = [];
  const unmatched: string[] = [];
  const source = error.fields.length > 0 ? error.fields : [{ path: error.path, message: error.message }];
  for (const field of source) {
    const key = field.path[0];
    const id = typeof key === 'string' ? fieldIds[key] : undefined;
    if (id && !fields.some((f) => f.id === id)) fields.push({ id, message: field.message });
    else if (!id) unmatched.push(field.message);
  }
  // Listed in the order the fields appear on the form, whatever order they were checked in.
  const order = Object.values(fieldIds);
  fields.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { fields, general: unmatched.length > 0 ? unmatched.join(' ') : null };
}

export function errorFor(errors: FormErrors, id: string): string | undefined {
  return errors.fields.find((f) => f.id === id)?.message;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.fields.length > 0 || errors.general !== null;
}
