import { useEffect, useRef } from 'react';
import type { SyntheticEvent } from 'react';
import type { ColumnField } from '../../../../shared/workforce/columns';
import type { ImportShape } from '../../../../shared/workforce/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Radios } from '../../../components/Radios';
import { Select } from '../../../components/Select';
import { COLUMN_FIELD_IDS, useImport } from '../import-store';
import type { AggregatedDraft, PersonDraft } from '../import-store';

const SHAPE_OPTIONS: ReadonlyArray<{ value: ImportShape; label: string }> = [
  { value: 'person', label: 'One person or assignment per row (a staff list)' },
  { value: 'aggregated', label: 'A number of staff per row (a table of headcounts)' },
];

const LABELS: Readonly<Record<ColumnField, string>> = {
  staffGroup: 'Staff group',
  occupation: 'Occupation or job role',
  level: 'Pay band or grade',
  fte: 'FTE (whole-time equivalent)',
  profession: 'Profession',
  headcount: 'Headcount',
};

type ColumnSelectProps = {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly headers: readonly string[];
  readonly value: string;
  readonly optional: boolean;
  readonly error: string | undefined;
  readonly onChange: (header: string) => void;
};

function ColumnSelect({ id, label, hint, headers, value, optional, error, onChange }: ColumnSelectProps) {
  return (
    <Select id={id} label={label} hint={hint} value={value} error={error} onChange={onChange}>
      <option value="">{optional ? 'Not in this file' : 'Choose a column'}</option>
      {headers.map((header) => (
        <option key={header} value={header}>
          {header}
        </option>
      ))}
    </Select>
  );
}

/** Which columns hold what; Boardwalk's guesses are filled in for the user to confirm. */
export function ColumnsStep() {
  const inspection = useImport((s) => s.inspection);
  const shape = useImport((s) => s.shape);
  const person = useImport((s) => s.person);
  const aggregated = useImport((s) => s.aggregated);
  const profiles = useImport((s) => s.profiles);
  const profileId = useImport((s) => s.profileId);
  const columnErrors = useImport((s) => s.columnErrors);
  const busy = useImport((s) => s.busy);
  const setShape = useImport((s) => s.setShape);
  const setPerson = useImport((s) => s.setPersonColumn);
  const setAggregated = useImport((s) => s.setAggregatedColumn);
  const chooseProfile = useImport((s) => s.chooseProfile);
  const chooseSheet = useImport((s) => s.chooseSheet);
  const read = useImport((s) => s.read);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.tagName === 'BUTTON') headingRef.current?.focus();
  }, []);
  if (!inspection) return null;
  const headers = inspection.headers;
  const errorOf = (id: string) => columnErrors.find((e) => e.id === id)?.message;
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void read();
  };
  const personField = (role: keyof PersonDraft, hint: string, optional: boolean) => (
    <ColumnSelect
      id={COLUMN_FIELD_IDS[role]}
      label={LABELS[role]}
      hint={hint}
      headers={headers}
      value={person[role]}
      optional={optional}
      error={errorOf(COLUMN_FIELD_IDS[role])}
      onChange={(header) => setPerson(role, header)}
    />
  );
  const aggregatedField = (role: keyof AggregatedDraft, hint: string, optional: boolean) => (
    <ColumnSelect
      id={COLUMN_FIELD_IDS[role]}
      label={LABELS[role]}
      hint={hint}
      headers={headers}
      value={aggregated[role]}
      optional={optional}
      error={errorOf(COLUMN_FIELD_IDS[role])}
      onChange={(header) => setAggregated(role, header)}
    />
  );
  return (
    <section aria-labelledby="columns-heading" className="nhsuk-u-margin-bottom-6">
      <h2 id="columns-heading" ref={headingRef} tabIndex={-1}>
        2. Check the columns
      </h2>
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={{ fields: columnErrors, general: null }} />
        {inspection.sheets.length > 1 && (
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="sheet">
              Sheet
            </label>
            <div className="nhsuk-hint" id="sheet-hint">
              The workbook has {inspection.sheets.length} sheets. Boardwalk reads one.
            </div>
            <select
              className="nhsuk-select"
              id="sheet"
              value={inspection.sheet ?? ''}
              aria-describedby="sheet-hint"
              onChange={(event) => void chooseSheet(event.target.value)}
            >
              {inspection.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </div>
        )}
        {profiles.length > 0 && (
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="profile">
              Saved mapping
            </label>
            <div className="nhsuk-hint" id="profile-hint">
              Use the columns and values saved from an earlier import
            </div>
            <select
              className="nhsuk-select"
              id="profile"
              value={profileId === null ? '' : String(profileId)}
              aria-describedby="profile-hint"
              onChange={(event) => chooseProfile(event.target.value === '' ? null : Number(event.target.value))}
            >
              <option value="">None</option>
              {profiles.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <Radios
          id="column-shape"
          legend="What does each row of the file describe?"
          hint={inspection.suggested.reasons.join(' ')}
          options={SHAPE_OPTIONS}
          value={shape}
          onChange={setShape}
        />
        {shape === 'person' ? (
          <>
            {personField('staffGroup', 'For example Staff Group', true)}
            {personField('occupation', 'For example Occupation or Job Role. It tells midwives from nurses, and pharmacists and psychologists from other scientific staff', true)}
            {personField('level', 'For example Pay Band or Grade', false)}
            {personField('fte', 'For example FTE or Contracted WTE', true)}
          </>
        ) : (
          <>
            {aggregatedField('profession', 'For example Profession or Staff Group', false)}
            {aggregatedField('level', 'For example Band or Grade', false)}
            {aggregatedField('headcount', 'The number of staff in each row', false)}
            {aggregatedField('fte', 'For example FTE', true)}
          </>
        )}
        <button type="submit" className="nhsuk-button" aria-disabled={busy || undefined}>
          Read the file
        </button>
      </form>
    </section>
  );
}
