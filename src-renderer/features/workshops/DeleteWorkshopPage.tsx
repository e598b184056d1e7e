import { useState } from 'react';
import type { Workshop } from '../../../shared/workshops/workshop';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useSubmit } from '../../components/use-submit';
import { formatDate, QUESTION_COUNT } from './workshop-format';
import { WorkshopNotShown } from './WorkshopNotShown';
import { useWorkshop, useWorkshops } from './workshops-store';

/** Deleting is permanent, so it always takes a second, deliberate step on its own screen. */
export function DeleteWorkshopPage({ id }: { readonly id: number }) {
  const found = useWorkshop(id);
  // Once shown, the confirmation stays until the screen changes: after the delete the workshop
  // is gone, and "not found" must not flash up (and be announced) meanwhile.
  const [shown, setShown] = useState<Workshop | null>(null);
  if (found.state === 'found' && shown !== found.workshop) setShown(found.workshop);
  const workshop = found.state === 'found' ? found.workshop : shown;
  if (!workshop) return <WorkshopNotShown lookup={found.state === 'found' ? { state: 'loading' } : found} />;
  return <ConfirmDelete workshop={workshop} />;
}

function ConfirmDelete({ workshop }: { readonly workshop: Workshop }) {
  const remove = useWorkshops((s) => s.remove);
  const showFlash = useFlash((s) => s.show);
  const { errors, submitting, submit } = useSubmit<{ id: number }>({}, () => {
    showFlash(`${workshop.title} has been deleted`);
    navigate({ name: 'organisation', id: workshop.organisationId });
  });
  const workshopHref = hrefFor({ name: 'workshop', id: workshop.id });

  return (
    <>
      <BackLink href={workshopHref}>Back to the workshop</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading title={`Delete ${workshop.title}?`} />
          <p>
            The workshop of {formatDate(workshop.date)}, with {workshop.participants.length}{' '}
            {workshop.participants.length === 1 ? 'participant' : 'participants'}.
          </p>
          <div className="nhsuk-card nhsuk-card--warning">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading">This cannot be undone</h2>
              <p className="nhsuk-card__description">Deleting this workshop removes everything recorded in it:</p>
              <ul>
                <li>
                  the board’s ratings of the {QUESTION_COUNT} key questions ({workshop.questionsRated} rated so far) and
                  each participant’s individual ratings
                </li>
                <li>the notes and evidence recorded against each question</li>
                <li>the barrier heatmap and the board’s perceived ceilings</li>
                <li>the list of participants</li>
              </ul>
              <p className="nhsuk-card__description">The organisation and its board members stay as they are.</p>
            </div>
          </div>
          <div className="app-button-group">
            <button
              className="nhsuk-button nhsuk-button--warning"
              type="button"
              onClick={() => void submit(() => remove(workshop))}
              disabled={submitting}
            >
              Yes, delete this workshop
            </button>
            <a href={workshopHref}>No, keep it</a>
          </div>
        </div>
      </div>
    </>
  );
}
