type ScaleSelectProps = {
  readonly id?: string;
  readonly className: string;
  /** Given when no visible <label> names the list. */
  readonly ariaLabel?: string;
  readonly testId?: string;
  readonly scale: readonly number[];
  readonly labels: Readonly<Record<number, string>>;
  /** What the empty choice says: "Not given", "Not scored". */
  readonly emptyLabel: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | null) => void;
};

/**
 * A native list over a numbered scale, each option "3 Major": reached by Tab, and set from the
 * keyboard by typing the number (the browser's type-ahead), which is how the board scores quickly.
 */
export function ScaleSelect({ id, className, ariaLabel, testId, scale, labels, emptyLabel, value, onChange }: ScaleSelectProps) {
  return (
    <select
      className={className}
      id={id}
      aria-label={ariaLabel}
      data-testid={testId}
      value={value === undefined ? '' : String(value)}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    >
      <option value="">{emptyLabel}</option>
      {scale.map((n) => (
        <option key={n} value={String(n)}>
          {n} {labels[n]}
        </option>
      ))}
    </select>
  );
}
