import { KEY_QUESTIONS, THEMES } from '../../../shared/framework/content';
import { PROFESSIONS } from '../../../shared/framework/professions';
import type { WorkshopSession } from '../../../shared/workshops/session';
import { hrefFor } from '../../app/routes';
import type { RunStep } from '../../app/routes';
import { positionOf } from './steps';

type StepperProps = { readonly id: number; readonly current: RunStep; readonly session: WorkshopSession };

/**
 * Every step of the walk-through with how far the board has got: questions rated out of 17,
 * each question ticked once it has a consensus rating. Priorities are built in a later release.
 */
export function Stepper({ id, current, session }: StepperProps) {
  const currentPosition = positionOf(current);
  const rated = new Set(session.ratings.filter((r) => r.consensus !== null).map((r) => r.questionId));
  const ceilingsRecorded = session.perceivedCeilings.length;
  const link = (step: RunStep, label: string, state?: string) => {
    const isCurrent = positionOf(step) === currentPosition;
    return (
      <a href={hrefFor({ name: 'workshop-run', id, step })} aria-current={isCurrent ? 'step' : undefined} className={isCurrent ? 'app-stepper__link app-stepper__link--current' : 'app-stepper__link'}>
        {label}
        {state && <span className="app-stepper__state">{state}</span>}
      </a>
    );
  };
  return (
    <nav aria-label="Workshop steps" className="app-stepper">
      <p className="app-stepper__progress" data-testid="progress">
        <strong>{rated.size} of {KEY_QUESTIONS.length}</strong> questions rated
      </p>
      <div className="nhsuk-u-margin-bottom-3" aria-hidden="true">
        <progress max={KEY_QUESTIONS.length} value={rated.size} className="app-progress" />
      </div>
      <ol className="app-stepper__list">
        <li>{link({ kind: 'ceilings' }, 'Perceived ceilings', `${ceilingsRecorded} of ${PROFESSIONS.length} recorded`)}</li>
        {THEMES.map((theme) => {
          const ratedInTheme = theme.questions.filter((q) => rated.has(q.id)).length;
          return (
            <li key={theme.id}>
              {link({ kind: 'theme', themeId: theme.id }, `${theme.number}. ${theme.title}`, `${ratedInTheme} of ${theme.questions.length} rated`)}
              <ol className="app-stepper__questions">
                {theme.questions.map((q) => (
                  <li key={q.id}>{link({ kind: 'question', questionId: q.id }, `Question ${q.number}`, rated.has(q.id) ? 'rated' : 'not rated')}</li>
                ))}
              </ol>
            </li>
          );
        })}
        <li>
          <span className="app-stepper__later">
            Priorities <span className="app-stepper__state">to come</span>
          </span>
        </li>
        <li>
          <span className="app-stepper__later">
            Actions and champions <span className="app-stepper__state">to come</span>
          </span>
        </li>
      </ol>
    </nav>
  );
}
