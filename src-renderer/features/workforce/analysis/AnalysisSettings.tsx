import { PROFESSIONS } from '../../../../shared/framework/professions';
import { isProfessionId } from '../../../../shared/framework/professions';
import type { Reference } from '../../../../shared/workforce/metrics';
import type { Snapshot } from '../../../../shared/workforce/snapshot';
import type { Measure } from '../../../../shared/workforce/types';
import { MAX_CEILING_THRESHOLD } from '../../../../shared/workforce/metrics';
import { CEILING_THRESHOLD_STEP, MIN_CEILING_THRESHOLD } from '../../../../shared/workforce/threshold';
import { snapshotName } from './format';

type Props = {
  readonly snapshots: readonly Snapshot[];
  readonly snapshotId: number;
  readonly onSnapshot: (id: number) => void;
  /** The measure in use: headcount whenever the snapshot has no FTE. */
  readonly measure: Measure;
  readonly fteAvailable: boolean;
  readonly onMeasure: (measure: Measure) => void;
  readonly thresholdText: string;
  readonly thresholdError: string | null;
  readonly onThreshold: (text: string) => void;
  readonly reference: Reference;
  readonly onReference: (reference: Reference) => void;
};

/** Settings that apply as soon as they change: there is nothing to submit. */
export function AnalysisSettings(props: Props) {
  const { snapshots, snapshotId, measure, fteAvailable, thresholdText, thresholdError, reference } = props;
  const thresholdDescribedBy = ['threshold-hint', thresholdError ? 'threshold-error' : null].filter(Boolean).join(' ');
  return (
    <form className="app-analysis-settings" aria-labelledby="settings-heading" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="settings-heading">What to analyse</h2>
      <p className="nhsuk-body-s app-muted">Each change applies at once to everything below.</p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="analysis-snapshot">
              Snapshot to analyse
            </label>
            <div className="nhsuk-hint" id="analysis-snapshot-hint">
              The newest is chosen first.
            </div>
            <select
              className="nhsuk-select app-select-wide"
              id="analysis-snapshot"
              aria-describedby="analysis-snapshot-hint"
              value={snapshotId}
              onChange={(event) => props.onSnapshot(Number(event.target.value))}
            >
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {snapshotName(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset" aria-describedby="measure-hint">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Count staff by</legend>
              <div className="nhsuk-hint" id="measure-hint">
                Headcount counts people; FTE (whole-time equivalent) counts hours, so part-time staff count in part.
              </div>
              <div className="nhsuk-radios nhsuk-radios--small">
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id="measure"
                    name="measure"
                    type="radio"
                    value="headcount"
                    checked={measure === 'headcount'}
                    onChange={() => props.onMeasure('headcount')}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor="measure">
                    Headcount
                  </label>
                </div>
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id="measure-fte"
                    name="measure"
                    type="radio"
                    value="fte"
                    checked={measure === 'fte'}
                    disabled={!fteAvailable}
                    aria-describedby={fteAvailable ? undefined : 'measure-fte-hint'}
                    onChange={() => props.onMeasure('fte')}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor="measure-fte">
                    FTE
                  </label>
                  {!fteAvailable && (
                    <div className="nhsuk-hint nhsuk-radios__hint" id="measure-fte-hint">
                      Not available: this snapshot was imported without an FTE column.
                    </div>
                  )}
                </div>
              </div>
            </fieldset>
          </div>
        </div>
        <div className="nhsuk-grid-column-one-half">
          <div className={thresholdError ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
            <label className="nhsuk-label" htmlFor="threshold">
              Ceiling threshold
            </label>
            <div className="nhsuk-hint" id="threshold-hint">
              A representation index below this counts as under-represented. From {MIN_CEILING_THRESHOLD} to {MAX_CEILING_THRESHOLD}, with up to 2 decimal places; the usual
              value is 0.5.
            </div>
            {thresholdError && (
              <span className="nhsuk-error-message" id="threshold-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {thresholdError}
              </span>
            )}
            <input
              className={thresholdError ? 'nhsuk-input nhsuk-input--width-4 nhsuk-input--error' : 'nhsuk-input nhsuk-input--width-4'}
              id="threshold"
              name="threshold"
              type="number"
              inputMode="decimal"
              min={MIN_CEILING_THRESHOLD}
              max={MAX_CEILING_THRESHOLD}
              step={CEILING_THRESHOLD_STEP}
              value={thresholdText}
              aria-describedby={thresholdDescribedBy}
              aria-invalid={thresholdError ? true : undefined}
              autoComplete="off"
              onChange={(event) => props.onThreshold(event.target.value)}
            />
          </div>
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="reference">
              Reference group for relative likelihood
            </label>
            <div className="nhsuk-hint" id="reference-hint">
              Each profession’s chance of reaching a level is compared with this group’s.
            </div>
            <select
              className="nhsuk-select app-select-wide"
              id="reference"
              aria-describedby="reference-hint"
              value={reference}
              onChange={(event) => {
                const value = event.target.value;
                props.onReference(isProfessionId(value) ? value : 'all-others');
              }}
            >
              <option value="all-others">All other clinical professions</option>
              {PROFESSIONS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
    </form>
  );
}
