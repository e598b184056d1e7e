import { useMemo, useState } from 'react';
import { buildAnalysis, formatRatio, hasFte } from '../../../../shared/workforce/metrics';
import type { WorkforceAnalysis } from '../../../../shared/workforce/metrics';
import { compareSnapshots } from '../../../../shared/workforce/series';
import type { SnapshotComparison } from '../../../../shared/workforce/series';
import type { Snapshot, SnapshotWithCounts } from '../../../../shared/workforce/snapshot';
import type { Measure } from '../../../../shared/workforce/types';
import { formatDate } from '../../workshops/workshop-format';
import { useSnapshot } from '../workforce-store';
import { ceilingText, measureName, movementText, pointsText, SMALL_NUMBER_NOTE, snapshotName, staffText } from './format';

type Props = {
  /** Newest first, at least two. */
  readonly snapshots: readonly Snapshot[];
  readonly measure: Measure;
  readonly threshold: number;
};

type Outcome =
  | { readonly state: 'loading' }
  | { readonly state: 'problem'; readonly message: string }
  | { readonly state: 'ready'; readonly comparison: SnapshotComparison; readonly fellBack: boolean };

function analyse(data: SnapshotWithCounts, measure: Measure, threshold: number): WorkforceAnalysis {
  return buildAnalysis(data.counts, { measure, threshold });
}

/** Earlier against later, with the same measure and threshold for both, or not at all. */
export function CompareSnapshots({ snapshots, measure, threshold }: Props) {
  const [earlierId, setEarlierId] = useState<number | null>(null);
  const [laterId, setLaterId] = useState<number | null>(null);
  const later = snapshots.find((s) => s.id === laterId) ?? snapshots[0];
  const earlier = snapshots.find((s) => s.id === earlierId) ?? snapshots[1];
  const earlierLookup = useSnapshot(earlier?.id ?? null);
  const laterLookup = useSnapshot(later?.id ?? null);

  const orderProblem =
    earlier && later && earlier.id === later.id
      ? 'Choose two different snapshots'
      : earlier && later && earlier.snapshotDate > later.snapshotDate
        ? 'Choose a later snapshot than the earlier one'
        : null;

  const outcome = useMemo((): Outcome => {
    if (earlierLookup?.state !== 'found' || laterLookup?.state !== 'found') {
      const failed = [earlierLookup, laterLookup].find((l) => l?.state === 'missing' || l?.state === 'unavailable');
      if (failed?.state === 'unavailable') return { state: 'problem', message: failed.message };
      if (failed?.state === 'missing') return { state: 'problem', message: 'One of these snapshots no longer exists.' };
      return { state: 'loading' };
    }
    const a = earlierLookup.data;
    const b = laterLookup.data;
    const bothFte = a.snapshot.hasFte && b.snapshot.hasFte && hasFte(a.counts) && hasFte(b.counts);
    const used: Measure = measure === 'fte' && bothFte ? 'fte' : 'headcount';
    try {
      return {
        state: 'ready',
        comparison: compareSnapshots(analyse(a, used, threshold), analyse(b, used, threshold)),
        fellBack: measure === 'fte' && used === 'headcount',
      };
    } catch (error) {
      return { state: 'problem', message: error instanceof Error ? error.message : 'These snapshots could not be compared.' };
    }
  }, [earlierLookup, laterLookup, measure, threshold]);

  if (!earlier || !later) return null;
  const then = formatDate(earlier.snapshotDate);
  const now = formatDate(later.snapshotDate);

  return (
    <>
      <form className="app-compare-choice" aria-label="Snapshots to compare" onSubmit={(event) => event.preventDefault()} noValidate>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <SnapshotSelect id="compare-earlier" label="Earlier snapshot" snapshots={snapshots} value={earlier.id} onChange={setEarlierId} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <SnapshotSelect
              id="compare-later"
              label="Later snapshot"
              snapshots={snapshots}
              value={later.id}
              onChange={setLaterId}
              error={orderProblem}
            />
          </div>
        </div>
      </form>
      {orderProblem === null && outcome.state === 'loading' && <p role="status">Loading the snapshots…</p>}
      {orderProblem === null && outcome.state === 'problem' && <p className="nhsuk-error-message">{outcome.message}</p>}
      {orderProblem === null && outcome.state === 'ready' && (
        <ComparisonTables comparison={outcome.comparison} fellBack={outcome.fellBack} earlier={earlier} later={later} then={then} now={now} />
      )}
    </>
  );
}

function SnapshotSelect({
  id,
  label,
  snapshots,
  value,
  onChange,
  error = null,
}: {
  readonly id: string;
  readonly label: string;
  readonly snapshots: readonly Snapshot[];
  readonly value: number;
  readonly onChange: (id: number) => void;
  readonly error?: string | null;
}) {
  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <select
        className={error ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
        id={id}
        value={value}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {snapshotName(s)}
          </option>
        ))}
      </select>
    </div>
  );
}

function ComparisonTables({
  comparison,
  fellBack,
  earlier,
  later,
  then,
  now,
}: {
  readonly comparison: SnapshotComparison;
  readonly fellBack: boolean;
  readonly earlier: Snapshot;
  readonly later: Snapshot;
  readonly then: string;
  readonly now: string;
}) {
  const measure = measureName(comparison.measure);
  const withoutFte = [earlier, later].filter((s) => !s.hasFte).map((s) => formatDate(s.snapshotDate));
  const levels = comparison.professions[0]?.levels ?? [];
  return (
    <>
      {fellBack && (
        <div className="nhsuk-inset-text" data-testid="compare-fallback">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Compared by headcount: the snapshot of {withoutFte.join(' and ')} has no FTE, and both snapshots must be counted the same
            way.
          </p>
        </div>
      )}
      <p className="nhsuk-body-s app-muted">{SMALL_NUMBER_NOTE}</p>
      <table className="nhsuk-table" data-testid="compare-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          Ceilings on {then} and {now}, by {measure}, at a threshold of {comparison.threshold}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Profession</th>
            <th className="nhsuk-table__header" scope="col">Ceiling on {then}</th>
            <th className="nhsuk-table__header" scope="col">Ceiling on {now}</th>
            <th className="nhsuk-table__header" scope="col">Change</th>
            <th className="nhsuk-table__header app-numeric" scope="col">Staff on {then}</th>
            <th className="nhsuk-table__header app-numeric" scope="col">Staff on {now}</th>
            <th className="nhsuk-table__header app-numeric" scope="col">Change in share (percentage points)</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {comparison.professions.map((p) => (
            <tr className="nhsuk-table__row" key={p.professionId} data-testid={`compare-row-${p.professionId}`}>
              <th className="nhsuk-table__header" scope="row">{p.label}</th>
              <td className="nhsuk-table__cell">{ceilingText(p.ceilingA)}</td>
              <td className="nhsuk-table__cell">{ceilingText(p.ceilingB)}</td>
              <td className="nhsuk-table__cell" data-testid={`movement-${p.professionId}`}>
                {movementText(p.movement, p.ceilingA, p.ceilingB)}
              </td>
              <td className="nhsuk-table__cell app-numeric">{staffText(p.totalA, p.headcountA, comparison.measure)}</td>
              <td className="nhsuk-table__cell app-numeric">{staffText(p.totalB, p.headcountB, comparison.measure)}</td>
              <td className="nhsuk-table__cell app-numeric">{pointsText(p.shareChange)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="nhsuk-details" data-testid="compare-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show the representation index at each level, then and now</span>
        </summary>
        <div className="nhsuk-details__text">
          <div className="app-table-scroll" role="region" aria-labelledby="compare-levels-caption" tabIndex={0}>
            <table className="nhsuk-table app-figures-table app-compare-levels" data-testid="compare-levels-table">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s" id="compare-levels-caption">
                Representation index at each level on {then} and {now}, by {measure}
              </caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th className="nhsuk-table__header" scope="col">Profession</th>
                  <th className="nhsuk-table__header" scope="col">Snapshot</th>
                  {levels.map((level) => (
                    <th className="nhsuk-table__header app-numeric" scope="col" key={level.levelId}>
                      {level.label}
                    </th>
                  ))}
                </tr>
              </thead>
              {comparison.professions.map((p) => (
                <tbody className="nhsuk-table__body app-compare-levels__group" key={p.professionId} data-testid={`compare-levels-${p.professionId}`}>
                  {(['then', 'now'] as const).map((when) => (
                    <tr className="nhsuk-table__row" key={when}>
                      {when === 'then' && (
                        <th className="nhsuk-table__header" scope="rowgroup" rowSpan={2}>
                          {p.label}
                        </th>
                      )}
                      <th className="nhsuk-table__header app-nowrap app-compare-levels__when" scope="row">
                        {when === 'then' ? then : now}
                      </th>
                      {p.levels.map((level) => {
                        const ri = when === 'then' ? level.riA : level.riB;
                        return (
                          <td className="nhsuk-table__cell app-numeric" key={level.levelId}>
                            {ri === null ? (
                              <>
                                <span aria-hidden="true">–</span>
                                <span className="nhsuk-u-visually-hidden">Not defined</span>
                              </>
                            ) : (
                              formatRatio(ri)
                            )}
                            {level.lowConfidence && ri !== null && (
                              <>
                                <span aria-hidden="true">*</span>
                                <span className="nhsuk-u-visually-hidden"> (low confidence)</span>
                              </>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
          <p className="nhsuk-body-s">
            * Low confidence: the figure, or the one it is compared with, rests on fewer than 10 people. – Not defined.
          </p>
        </div>
      </details>
    </>
  );
}
