import { useMemo, useState } from 'react';
import type { WorkforceAnalysis } from '../../../../shared/workforce/metrics';
import type { PerceivedCeiling } from '../../../../shared/workshops/session';
import { hrefFor } from '../../../app/routes';
import { formatDate } from '../../workshops/workshop-format';
import { useWorkshopsOf } from '../../workshops/workshops-store';
import { agreementOf, AGREEMENT_LABELS, ceilingText, perceivedText } from './format';
import { usePerceivedCeilings } from './perceived-store';

const NONE: readonly PerceivedCeiling[] = [];

/** The board's perceived ceilings, recorded in a workshop before it saw the data, beside the data's. */
export function PerceivedCeilings({ analysis, organisationId }: { readonly analysis: WorkforceAnalysis; readonly organisationId: number }) {
  const list = useWorkshopsOf(organisationId);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const workshops = list.state === 'ready' ? list.workshops : [];
  const workshop = workshops.find((w) => w.id === chosenId) ?? workshops[0] ?? null;
  const perceived = usePerceivedCeilings(workshop?.id ?? null);
  const ceilings = perceived?.state === 'ready' ? perceived.ceilings : NONE;
  const byProfession = useMemo(() => new Map(ceilings.map((c) => [c.professionId, c.ceiling])), [ceilings]);

  if (list.state === 'loading') return <p role="status">Loading the workshops…</p>;
  if (list.state === 'unavailable') return <p className="nhsuk-error-message">The workshops could not be loaded: {list.message}</p>;
  if (workshop === null) {
    return (
      <p data-testid="no-workshops-for-perception">
        The board records its perceived ceilings at the start of a workshop, before it sees any figures. This organisation has
        no workshops yet, so there is nothing to compare. <a href={hrefFor({ name: 'workshop-new', organisationId })}>Add a workshop</a>.
      </p>
    );
  }

  return (
    <>
      <p>
        At the start of a workshop the board records where it believes each profession stops rising. Set side by side with the
        data, the difference is often the most useful thing to discuss.
      </p>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="perception-workshop">
          Workshop
        </label>
        <div className="nhsuk-hint" id="perception-workshop-hint">
          Whose perceived ceilings to show. The newest workshop is shown first.
        </div>
        <select
          className="nhsuk-select"
          id="perception-workshop"
          aria-describedby="perception-workshop-hint"
          value={workshop.id}
          onChange={(event) => setChosenId(Number(event.target.value))}
        >
          {workshops.map((w) => (
            <option key={w.id} value={w.id}>
              {w.title}, {formatDate(w.date)}
            </option>
          ))}
        </select>
      </div>
      {perceived?.state === 'loading' && <p role="status">Loading the perceived ceilings…</p>}
      {perceived?.state === 'unavailable' && <p className="nhsuk-error-message">The perceived ceilings could not be loaded: {perceived.message}</p>}
      {perceived?.state === 'ready' && (
        <table className="nhsuk-table" data-testid="perceived-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            Perceived ceilings from {workshop.title} ({formatDate(workshop.date)}) against the data
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Profession</th>
              <th className="nhsuk-table__header" scope="col">Perceived by the board</th>
              <th className="nhsuk-table__header" scope="col">In the data</th>
              <th className="nhsuk-table__header" scope="col">How they compare</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {analysis.professions.map((profession) => {
              const belief = byProfession.get(profession.professionId) ?? null;
              return (
                <tr className="nhsuk-table__row" key={profession.professionId} data-testid={`perceived-row-${profession.professionId}`}>
                  <th className="nhsuk-table__header" scope="row">{profession.label}</th>
                  <td className="nhsuk-table__cell">{perceivedText(belief)}</td>
                  <td className="nhsuk-table__cell">{ceilingText(profession.ceiling)}</td>
                  <td className="nhsuk-table__cell">{AGREEMENT_LABELS[agreementOf(belief, profession.ceiling)]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="nhsuk-body-s app-muted">
        “Perceived lower” means the board expected the profession to stop rising at a lower level than the data shows;
        “perceived higher”, at a higher level. “No ceiling” counts as above the top of the ladder.
      </p>
    </>
  );
}
