import { FieldMessages, describedBy, formGroupClass } from './FieldMessages';

type Option<V extends string> = { readonly value: V; readonly label: string };

type CheckboxesProps<V extends string> = {
  readonly id: string;
  readonly legend: string;
  readonly options: ReadonlyArray<Option<V>>;
  readonly selected: ReadonlySet<V>;
  readonly onToggle: (value: V, checked: boolean) => void;
  readonly hint?: string;
  readonly error?: string | undefined;
  /**
   * A last option that excludes the others, after an "or", as in the NHS.UK pattern: choosing it
   * clears the others, and choosing another clears it (the owner of the state does both).
   */
  readonly exclusive?: {
    readonly value: string;
    readonly label: string;
    readonly checked: boolean;
    readonly onChange: (checked: boolean) => void;
  };
};

/**
 * NHS.UK checkboxes. The first checkbox carries the group's id, so an error summary link lands
 * on the group, as with Radios.
 */
export function Checkboxes<V extends string>({ id, legend, options, selected, onToggle, hint, error, exclusive }: CheckboxesProps<V>) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="nhsuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="nhsuk-checkboxes__item" key={option.value}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={optionId}
                  name={id}
                  type="checkbox"
                  value={option.value}
                  checked={selected.has(option.value)}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
          {exclusive && (
            <>
              <div className="nhsuk-checkboxes__divider">or</div>
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={`${id}-${exclusive.value}`}
                  name={id}
                  type="checkbox"
                  value={exclusive.value}
                  checked={exclusive.checked}
                  onChange={(event) => exclusive.onChange(event.target.checked)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-${exclusive.value}`}>
                  {exclusive.label}
                </label>
              </div>
            </>
          )}
        </div>
      </fieldset>
    </div>
  );
}
