import type { ChangeEvent } from 'react';
import { FieldMessages, describedBy, formGroupClass } from './FieldMessages';

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
  /** The on-screen keyboard to offer: `decimal` for numbers with a point (NHS.UK asks for text inputs, not type="number"). */
  readonly inputMode?: 'decimal' | 'numeric';
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
  inputMode,
}: TextInputProps) {
  const classes = ['nhsuk-input', widthClass, error ? 'nhsuk-input--error' : undefined].filter(Boolean).join(' ');
  return (
    <div className={formGroupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        className={classes}
        id={id}
        name={id}
        type="text"
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        autoCapitalize={upperCase ? 'characters' : undefined}
        inputMode={inputMode}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </div>
  );
}
