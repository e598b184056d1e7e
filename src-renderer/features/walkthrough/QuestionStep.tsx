import { questionById, themeById } from '../../../shared/framework/content';
import type { KeyQuestion } from '../../../shared/framework/content';
import { MATURITY_LABELS, MATURITY_RATINGS } from '../../../shared/framework/maturity';
import type { MaturityRating } from '../../../shared/framework/maturity';
import { formatMedian, ratingSpread } from '../../../shared/workshops/stats';
import { PageHeading } from '../../app/page';
import { ThemeResources } from '../resources/ThemeResources';
import { ratingOf } from './changes';
import { NotesBox } from './NotesBox';
import { ScaleSelect } from './ScaleSelect';
import { useSession } from './session-store';

/** One empty list for every selector, so an empty answer is the same answer and does not re-render. */
const NONE: readonly never[] = [];

export function QuestionStep({ questionId, title }: { readonly questionId: string; readonly title: string }) {
  const question = questionById(questionId);
  if (!question) return null;
  return <Question question={question} title={title} />;
}

function Question({ question, title }: { readonly question: KeyQuestion; readonly title: string }) {
  const theme = themeById(question.themeId);
  return (
    <>
      <span className="nhsuk-caption-l">
        Theme {theme.number}: {theme.title}
      </span>
      <PageHeading title={title} />
      <p className="app-question" data-testid="question-text">
        {question.runs.map((run, index) => (run.emphasis ? <strong key={index}>{run.text}</strong> : <span key={index}>{run.text}</span>))}
      </p>
      {question.prompts.length > 0 && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Prompts: </span>
          <p className="nhsuk-u-margin-bottom-1">For example:</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {question.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </div>
      )}
      <ConsensusRating question={question} />
      <IndividualRatings question={question} />
      <NotesBox questionId={question.id} questionNumber={question.number} />
      {theme.vignettes.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">How others have tackled this: {theme.vignettes.length} stories</span>
          </summary>
          <div className="nhsuk-details__text">
            {theme.vignettes.map((v) => (
              <div key={v.id} className="app-vignette">
                <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{v.name}</h3>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">
                  {v.role}, {v.organisation} ({v.profession})
                </p>
                <p>{v.summary}</p>
              </div>
            ))}
          </div>
        </details>
      )}
      <ThemeResources themeId={question.themeId} />
    </>
  );
}

function ConsensusRating({ question }: { readonly question: KeyQuestion }) {
  const rating = useSession((s) => (s.session ? ratingOf(s.session, question.id).consensus : null));
  const change = useSession((s) => s.change);
  const set = (value: number | null) =>
    void change(
      { kind: 'consensus', questionId: question.id, rating: value },
      value === null ? `Cleared the rating of question ${question.number}` : `Rated question ${question.number}: ${value}`,
    );
  const name = `consensus-${question.id}`;
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset" aria-describedby={`${name}-hint`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">The board’s consensus rating</h2>
        </legend>
        <div className="nhsuk-hint" id={`${name}-hint`}>
          Where is the organisation today? Press 1 to 5 to rate, 0 to clear.
        </div>
        <div className="nhsuk-radios nhsuk-radios--inline app-rating-radios">
          {MATURITY_RATINGS.map((value) => (
            <div className="nhsuk-radios__item" key={value}>
              <input
                className="nhsuk-radios__input"
                id={value === 1 ? name : `${name}-${value}`}
                name={name}
                type="radio"
                value={value}
                checked={rating === value}
                onChange={() => set(value)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={value === 1 ? name : `${name}-${value}`}>
                {value} {MATURITY_LABELS[value]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="nhsuk-body-s nhsuk-u-margin-top-2" data-testid="consensus-summary">
        {rating === null ? 'Not rated yet.' : `Rated ${rating}: ${MATURITY_LABELS[rating as MaturityRating]}.`}{' '}
        {rating !== null && (
          <button type="button" className="app-link-button" onClick={() => set(null)}>
            Clear rating<span className="nhsuk-u-visually-hidden"> of question {question.number}</span>
          </button>
        )}
      </p>
    </div>
  );
}

function IndividualRatings({ question }: { readonly question: KeyQuestion }) {
  const participants = useSession((s) => s.session?.workshop.participants ?? NONE);
  const individual = useSession((s) => s.session?.ratings.find((r) => r.questionId === question.id)?.individual ?? NONE);
  const change = useSession((s) => s.change);
  if (participants.length === 0) return null;
  const byParticipant = new Map(individual.map((i) => [i.participantId, i.rating]));
  const spread = ratingSpread(individual.map((i) => i.rating));
  return (
    <details className="nhsuk-details" open={individual.length > 0 ? true : undefined}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Individual ratings (optional){individual.length > 0 ? `: ${individual.length} given` : ''}</span>
      </summary>
      <div className="nhsuk-details__text">
        <p className="nhsuk-body-s">Each participant’s own view, to see where the board agrees. Type a number in a list to choose it.</p>
        <div data-testid="spread" aria-live="polite">
          {spread === null ? (
            <p className="nhsuk-body-s">No individual ratings yet.</p>
          ) : (
            <p>
              Median <strong>{formatMedian(spread.median)}</strong>, range {spread.min} to {spread.max} from {spread.count}{' '}
              {spread.count === 1 ? 'person' : 'people'}.{' '}
              {spread.disagreement && (
                <strong className="nhsuk-tag nhsuk-tag--orange" data-testid="disagreement">
                  The board disagrees: ratings are {spread.range} points apart
                </strong>
              )}
            </p>
          )}
        </div>
        <table className="nhsuk-table app-compact-table">
          <caption className="nhsuk-u-visually-hidden">Individual ratings of question {question.number}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Participant</th>
              <th className="nhsuk-table__header" scope="col">Rating</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {participants.map((p) => {
              const id = `individual-${question.id}-${p.id}`;
              return (
                <tr className="nhsuk-table__row" key={p.id}>
                  <th className="nhsuk-table__header" scope="row">
                    <label htmlFor={id}>
                      {p.name}
                      {(p.guest || p.role) && <span className="app-participant-role">{p.guest ? `Guest${p.role ? `: ${p.role}` : ''}` : p.role}</span>}
                    </label>
                  </th>
                  <td className="nhsuk-table__cell">
                    <ScaleSelect
                      className="nhsuk-select"
                      id={id}
                      scale={MATURITY_RATINGS}
                      labels={MATURITY_LABELS}
                      emptyLabel="Not given"
                      value={byParticipant.get(p.id)}
                      onChange={(rating) =>
                        void change(
                          { kind: 'individual', questionId: question.id, participantId: p.id, rating },
                          `${p.name}’s rating of question ${question.number}: ${rating ?? 'cleared'}`,
                        )
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
