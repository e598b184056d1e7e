import { useState } from 'react';
import type { Result } from '../../shared/ipc/result';
import { NO_ERRORS, toFormErrors } from './form-errors';
import type { FormErrors } from './form-errors';

/**
 * The life of a form that writes: one submission at a time; on success `onSaved` runs (usually a
 * confirmation and a change of screen); on refusal the error envelope becomes field messages.
 */
export function useSubmit<T>(fieldIds: Readonly<Record<string, string>>, onSaved: (value: T) => void) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (write: () => Promise<Result<T>>): Promise<void> => {
    if (submitting) return;
    setSubmitting(true);
    const result = await write();
    setSubmitting(false);
    if (result.ok) onSaved(result.value);
    else setErrors(toFormErrors(result.error, fieldIds));
  };

  return { errors, submitting, submit };
}
