import type { ChangeEvent } from 'react';

type TextInputProps = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly widthClass?: string;
  readonly autoComplete?: string;
  readonly spellCheck?: boolean;
  readonly upperCase?: boolean;
};

export function TextInput({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  widthClass,
  autoComplete = 'off',
  spellCheck,
  upperCase = false,
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['nhsuk-input', widthClass, error ? 'nhsuk-input--error' : undefined].filter(Boolean).join(' ');
  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <input
        className={classes}
        id={id}
        name={id}
        type="text"
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        autoCapitalize={upperCase ? 'characters' : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </div>
  );
}
