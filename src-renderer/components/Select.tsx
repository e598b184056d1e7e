import type { ChangeEvent, ReactNode } from 'react';
import { FieldMessages, describedBy, formGroupClass } from './FieldMessages';

type SelectProps = {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
  readonly fullWidth?: boolean;
  readonly children: ReactNode;
};

/** The NHS.UK select. */
export function Select({ id, label, hint, value, onChange, error, fullWidth = false, children }: SelectProps) {
  const classes = ['nhsuk-select', fullWidth ? 'nhsuk-u-width-full' : undefined, error ? 'nhsuk-select--error' : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={formGroupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        className={classes}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
