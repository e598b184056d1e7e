import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import type { FormErrors } from './form-errors';
import { hasErrors } from './form-errors';

/**
 * The NHS.UK error summary: takes focus when errors appear so they are announced, and each
 * link moves focus to its field (by script, because hashes are this app's routes).
 */
export function ErrorSummary({ errors }: { readonly errors: FormErrors }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = hasErrors(errors);
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [errors, visible]);
  if (!visible) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    const field = document.getElementById(id);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };

  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={ref} data-takes-focus>
      <div role="alert">
      <h2 className="nhsuk-error-summary__heading">There is a problem</h2>
      <div className="nhsuk-error-summary__body">
        {errors.general && <p>{errors.general}</p>}
        {errors.fields.length > 0 && (
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.fields.map((field) => (
              <li key={field.id}>
                <a href={`#${field.id}`} onClick={(event) => focusField(event, field.id)}>
                  {field.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      </div>
    </div>
  );
}
