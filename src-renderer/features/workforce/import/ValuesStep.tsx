import { useEffect, useRef } from 'react';
import { LEVELS } from '../../../../shared/framework/levels';
import { PROFESSIONS } from '../../../../shared/framework/professions';
import type { ImportPreview, ValueTally } from '../../../../shared/workforce/preview';
import type { ScanResult } from '../../../../shared/workforce/types';
import { useImport } from '../import-store';
import type { ValueKind, ValueOrigin } from '../import-store';

type Option = { readonly value: string; readonly label: string };

const PROFESSION_OPTIONS: readonly Option[] = [
  ...PROFESSIONS.map((p) => ({ value: p.id, label: p.label })),
  { value: 'non-clinical', label: 'Non-clinical staff (kept apart)' },
  { value: 'exclude', label: 'Leave out of the analysis' },
];

const OPTIONS: Readonly<Record<ValueKind, readonly Option[]>> = {
  groups: PROFESSION_OPTIONS,
  occupations: [{ value: 'as-group', label: 'As its staff group' }, ...PROFESSION_OPTIONS],
  levels: [
    ...LEVELS.map((l) => ({ value: l.id, label: l.label })),
    { value: 'below-ladder', label: 'Below the ladder (Bands 1 to 4)' },
    { value: 'exclude', label: 'Leave out of the analysis' },
  ],
};

type Status = ValueOrigin | 'not-needed';

const ORIGIN_TEXT: Readonly<Record<Status, string>> = {
  'not-needed': 'Not needed',
  profile: 'From saved mapping',
  suggested: 'Suggested',
  unmapped: 'Needs mapping',
  chosen: 'Your choice',
};

/** Distinct values of one column with their rows and people, most people first. */
export function valueTallies(scan: ScanResult, kind: ValueKind): ValueTally[] {
  const byValue = new Map<string, { rows: number; headcount: number }>();
  for (const g of scan.groups) {
    const value = kind === 'groups' ? g.group : kind === 'occupations' ? g.occupation : g.level;
    if (value === '') continue;
    const entry = byValue.get(value) ?? { rows: 0, headcount: 0 };
    entry.rows += g.rows;
    entry.headcount += g.headcount;
    byValue.set(value, entry);
  }
  return [...byValue.entries()]
    .map(([value, t]) => ({ value, ...t }))
    .sort((a, b) => b.headcount - a.headcount || a.value.localeCompare(b.value, 'en-GB'));
}

/** Where each source value goes; unknown values wait, with their counts, for the user. */
export function ValuesStep({ preview }: { readonly preview: ImportPreview }) {
  const scan = useImport((s) => s.scan);
  const columns = useImport((s) => s.columnsUsed);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  if (!scan || !columns) return null;
  const unmappedCount = preview.unmapped.groups.length + preview.unmapped.occupations.length + preview.unmapped.levels.length;
  const groupTitle = columns.shape === 'person' ? 'Staff groups' : 'Professions';
  return (
    <section aria-labelledby="values-heading" className="nhsuk-u-margin-bottom-6">
      <h2 id="values-heading" ref={headingRef} tabIndex={-1}>
        3. Map the values
      </h2>
      <p>
        {scan.rowsRead.toLocaleString('en-GB')} rows read. Check where each value in the file goes. Boardwalk suggests
        a place for the spellings it knows; values it does not know need you to choose.
      </p>
      <p data-testid="unmapped-summary" className={unmappedCount > 0 ? 'app-needs-mapping' : undefined}>
        {unmappedCount === 0 ? 'Every value has a place.' : `${unmappedCount} ${unmappedCount === 1 ? 'value needs' : 'values need'} mapping.`}
      </p>
      {(columns.shape === 'aggregated' || columns.staffGroup !== null) && (
        <ValueTable kind="groups" title={groupTitle} scan={scan} needed={preview.unmapped.groups} />
      )}
      {columns.shape === 'person' && columns.occupation !== null && (
        <ValueTable kind="occupations" title="Occupations and job roles" scan={scan} needed={preview.unmapped.occupations} />
      )}
      <ValueTable kind="levels" title="Pay bands and grades" scan={scan} needed={preview.unmapped.levels} />
    </section>
  );
}

type ValueTableProps = {
  readonly kind: ValueKind;
  readonly title: string;
  readonly scan: ScanResult;
  /** The values without a target that some row depends on; others are "not needed". */
  readonly needed: readonly ValueTally[];
};

function ValueTable({ kind, title, scan, needed }: ValueTableProps) {
  const values = useImport((s) => s.values[kind]);
  const origins = useImport((s) => s.origins[kind]);
  const setValue = useImport((s) => s.setValue);
  const tallies = valueTallies(scan, kind);
  if (tallies.length === 0) return null;
  const people = scan.groups.some((g) => g.headcount !== g.rows) ? 'Staff' : 'Rows';
  return (
    <table className="nhsuk-table app-value-table" data-testid={`values-${kind}`}>
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">{title}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">In the file</th>
          <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">{people}</th>
          <th className="nhsuk-table__header" scope="col">Counts as</th>
          <th className="nhsuk-table__header" scope="col">Status</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {tallies.map((tally, index) => {
          const id = `value-${kind}-${index}`;
          const target = Object.hasOwn(values, tally.value) ? (values[tally.value] ?? '') : '';
          const blocking = needed.some((n) => n.value === tally.value);
          // A staff group whose every row an occupation decides needs no target of its own.
          const origin: Status = target === '' ? (blocking ? 'unmapped' : 'not-needed') : (origins[tally.value] ?? 'chosen');
          return (
            <tr className="nhsuk-table__row" key={tally.value}>
              <th className="nhsuk-table__header app-value-source" scope="row" id={`${id}-value`}>
                {tally.value}
              </th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{tally.headcount.toLocaleString('en-GB')}</td>
              <td className="nhsuk-table__cell">
                <label className="nhsuk-u-visually-hidden" htmlFor={id}>
                  {`Counts as, for "${tally.value}"`}
                </label>
                <select
                  className={origin === 'unmapped' ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
                  id={id}
                  value={target}
                  onChange={(event) => setValue(kind, tally.value, event.target.value)}
                >
                  <option value="">Choose</option>
                  {OPTIONS[kind].map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="nhsuk-table__cell">
                <strong className={`nhsuk-tag ${origin === 'unmapped' ? 'nhsuk-tag--red' : origin === 'profile' ? 'nhsuk-tag--blue' : 'nhsuk-tag--grey'}`}>
                  {ORIGIN_TEXT[origin]}
                </strong>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
