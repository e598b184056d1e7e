/** The ids a control's aria-describedby should list: its hint, then its error. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
}

export function formGroupClass(error: string | undefined): string {
  return error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group';
}

/** The NHS.UK hint and error message of a field, with the ids `describedBy` refers to. */
export function FieldMessages({ id, hint, error }: { readonly id: string; readonly hint?: string | undefined; readonly error?: string | undefined }) {
  return (
    <>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
    </>
  );
}
