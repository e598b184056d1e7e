import { KEY_QUESTIONS } from '../../../shared/framework/content';
import { MAX_DOTS } from '../../../shared/priorities/priorities';
import type { Priorities } from '../../../shared/priorities/priorities';
import type { Participant } from '../../../shared/workshops/workshop';
import { usePriorities } from './priorities-store';

type Props = {
  readonly priorities: Priorities;
  readonly participants: readonly Participant[];
  readonly totals: Readonly<Record<string, number>>;
  readonly totalsVisible: boolean;
};

/** Dots as the facilitator records them: a list per participant and question, typed with digits. */
export function VotingSection({ priorities, participants, totals, totalsVisible }: Props) {
  const setVote = usePriorities((s) => s.setVote);
  const setVoting = usePriorities((s) => s.setVoting);
  const { workshopId, dotsPerParticipant, hideVotes, revealed } = priorities;
  const dotsOf = (participantId: number, questionId: string) =>
    priorities.votes.find((v) => v.participantId === participantId && v.questionId === questionId)?.dots ?? 0;
  const placed = (participantId: number) => priorities.votes.filter((v) => v.participantId === participantId).reduce((sum, v) => sum + v.dots, 0);
  const settings = { workshopId, dotsPerParticipant, hideVotes, revealed };

  return (
    <section aria-labelledby="voting-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="voting-heading">Dot voting</h2>
      <p>
        Each participant places {dotsPerParticipant} {dotsPerParticipant === 1 ? 'dot' : 'dots'} on the questions the board should
        work on first; several on one question is allowed. Type a number in a participant’s column to record their dots.
      </p>
      <div className="app-voting-settings">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="dots-per-participant">
            Dots per participant
          </label>
          <select
            className="nhsuk-select"
            id="dots-per-participant"
            value={dotsPerParticipant}
            onChange={(event) => void setVoting({ ...settings, dotsPerParticipant: Number(event.target.value) })}
          >
            {Array.from({ length: MAX_DOTS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="nhsuk-form-group">
          <div className="nhsuk-checkboxes">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="hide-votes"
                type="checkbox"
                checked={hideVotes}
                onChange={(event) => void setVoting({ ...settings, hideVotes: event.target.checked, revealed: false })}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="hide-votes">
                Hide the totals until I reveal them
              </label>
            </div>
          </div>
        </div>
      </div>
      <div className="app-table-scroll">
        <table className="nhsuk-table app-voting-table" data-testid="voting-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Dots placed on each key question</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">
                Question
              </th>
              {participants.map((p) => (
                <th className="nhsuk-table__header app-voter" scope="col" key={p.id}>
                  {p.name}
                  <span className="app-voter-left" data-testid={`dots-left-${p.id}`}>
                    {dotsPerParticipant - placed(p.id)} left
                  </span>
                </th>
              ))}
              <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                Total
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {KEY_QUESTIONS.map((q) => (
              <tr className="nhsuk-table__row" key={q.id}>
                <th className="nhsuk-table__header" scope="row">
                  <abbr title={q.text}>Q{q.number}</abbr>
                  <span className="nhsuk-u-visually-hidden">: {q.text}</span>
                </th>
                {participants.map((p) => (
                  <td className="nhsuk-table__cell" key={p.id}>
                    <select
                      className="nhsuk-select app-dot-select"
                      aria-label={`Dots from ${p.name} on question ${q.number}`}
                      value={dotsOf(p.id, q.id)}
                      onChange={(event) =>
                        void setVote({ workshopId, participantId: p.id, questionId: q.id, dots: Number(event.target.value) })
                      }
                    >
                      {Array.from({ length: dotsPerParticipant + 1 }, (_, n) => n).map((n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric" data-testid={`total-${q.id}`}>
                  {totalsVisible ? (totals[q.id] ?? 0) : <span className="app-hidden-total">Hidden</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hideVotes && (
        // Below the table: the facilitator reveals once the dots are in.
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void setVoting({ ...settings, revealed: !revealed })}
        >
          {revealed ? 'Hide the totals' : 'Reveal the totals'}
        </button>
      )}
    </section>
  );
}
