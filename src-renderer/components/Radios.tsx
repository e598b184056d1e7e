import { FieldMessages, describedBy, formGroupClass } from './FieldMessages';

type RadiosProps<V extends string> = {
  readonly id: string;
  readonly legend: string;
  readonly options: ReadonlyArray<{ readonly value: V; readonly label: string }>;
  readonly value: V | '';
  readonly onChange: (value: V) => void;
  readonly hint?: string;
  readonly error?: string | undefined;
};

/**
 * NHS.UK radios. The first radio carries the group's id, so an error summary link lands on
 * the group, as the NHS.UK pattern does.
 */
export function Radios<V extends string>({ id, legend, options, value, onChange, hint, error }: RadiosProps<V>) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="nhsuk-radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
