import { LEVELS, LEVEL_LABELS } from '../../../shared/framework/levels';
import { PROFESSIONS } from '../../../shared/framework/professions';
import type { ProfessionId } from '../../../shared/framework/professions';
import { NO_CEILING } from '../../../shared/workshops/session';
import type { PerceivedCeiling } from '../../../shared/workshops/session';
import { PageHeading } from '../../app/page';
import { useSession } from './session-store';

/** One empty list for every selector, so an empty answer is the same answer and does not re-render. */
const NONE: readonly never[] = [];

const NOT_RECORDED = '';

/** Before any data is shown, the board records where it believes each profession stops rising. */
export function CeilingsStep({ title }: { readonly title: string }) {
  const ceilings = useSession((s) => s.session?.perceivedCeilings ?? NONE);
  const change = useSession((s) => s.change);
  const byProfession = new Map(ceilings.map((c) => [c.professionId, c.ceiling]));

  const onChange = (professionId: ProfessionId, label: string, value: string) => {
    const ceiling = value === NOT_RECORDED ? null : (value as PerceivedCeiling['ceiling']);
    const said = ceiling === null ? 'not recorded' : ceiling === NO_CEILING ? 'no ceiling' : LEVEL_LABELS[ceiling];
    void change({ kind: 'ceiling', professionId, ceiling }, `Perceived ceiling for ${label.toLowerCase()}: ${said}`);
  };

  return (
    <>
      <PageHeading title={title} />
      <p>
        Before looking at any workforce figures, agree the level at which the board believes each profession hits a ceiling in
        this organisation: the lowest level from which its members are rarely found, at that level and every level above. Choose “No ceiling” where the board believes the
        profession progresses freely.
      </p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">The board’s perceived ceiling for each profession</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Profession</th>
            <th className="nhsuk-table__header" scope="col">Perceived ceiling</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {PROFESSIONS.map((profession) => {
            const id = `ceiling-${profession.id}`;
            return (
              <tr className="nhsuk-table__row" key={profession.id}>
                <th className="nhsuk-table__header" scope="row">
                  <label htmlFor={id}>{profession.label}</label>
                </th>
                <td className="nhsuk-table__cell">
                  <select
                    className="nhsuk-select"
                    id={id}
                    value={byProfession.get(profession.id) ?? NOT_RECORDED}
                    onChange={(event) => onChange(profession.id, profession.label, event.target.value)}
                  >
                    <option value={NOT_RECORDED}>Not recorded</option>
                    <option value={NO_CEILING}>No ceiling</option>
                    {LEVELS.map((level) => (
                      <option key={level.id} value={level.id}>
                        {level.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
