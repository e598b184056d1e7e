import type { ChangeEvent } from 'react';
import { FieldMessages, describedBy, formGroupClass } from '../../components/FieldMessages';
import { DATE_PARTS } from './date-parts';
import type { DatePart, DateParts } from './date-parts';

type DateInputProps = {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
  readonly error?: string | undefined;
  /** The boxes to mark as wrong; all three when the error is about the date as a whole. */
  readonly errorParts?: readonly DatePart[];
};

const LABELS: Readonly<Record<DatePart, string>> = { day: 'Day', month: 'Month', year: 'Year' };

/** The NHS.UK date input: day, month and year boxes in a group; each box's id is `${id}-${part}`. */
export function DateInput({ id, legend, hint, value, onChange, error, errorParts = [] }: DateInputProps) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="nhsuk-date-input" id={id}>
          {DATE_PARTS.map((part) => {
            const partId = `${id}-${part}`;
            const wrong = error !== undefined && errorParts.includes(part);
            const classes = [
              'nhsuk-input',
              'nhsuk-date-input__input',
              part === 'year' ? 'nhsuk-input--width-4' : 'nhsuk-input--width-2',
              wrong ? 'nhsuk-input--error' : undefined,
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <div className="nhsuk-date-input__item" key={part}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={partId}>
                    {LABELS[part]}
                  </label>
                  <input
                    className={classes}
                    id={partId}
                    name={partId}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={value[part]}
                    aria-invalid={wrong ? true : undefined}
                    onChange={(event: ChangeEvent<HTMLInputElement>) => onChange({ ...value, [part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
