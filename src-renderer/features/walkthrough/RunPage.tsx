import { useEffect, useRef, useState } from 'react';
import { THEMES } from '../../../shared/framework/content';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import type { RunStep } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { CeilingsStep } from './CeilingsStep';
import { PrioritiesStep } from '../priorities/PrioritiesStep';
import { QuestionStep } from './QuestionStep';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useShortcutPreference } from './shortcut-preference';
import { Stepper } from './Stepper';
import { ThemeStep } from './ThemeStep';
import { UndoBar } from './UndoBar';
import { useSession } from './session-store';
import { focusKind, shortcutFor } from './shortcuts';
import { openPresenter } from './open-presenter';
import { nextStep, positionOf, previousStep, stepTitle } from './steps';

/** The facilitator's screen for one step of the walk-through. */
export function RunPage({ id, step }: { readonly id: number; readonly step: RunStep }) {
  const status = useSession((s) => s.status);
  const loadedId = useSession((s) => s.workshopId);
  const loadError = useSession((s) => s.loadError);
  const load = useSession((s) => s.load);

  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (loadedId !== id || status === 'idle' || status === 'loading') {
    return <p role="status">Loading the workshop…</p>;
  }
  if (status === 'missing' || status === 'error') {
    return (
      <>
        <PageHeading title={status === 'missing' ? 'Workshop not found' : 'The workshop could not be loaded'} />
        <p>{loadError}</p>
        <p>
          <a href={hrefFor({ name: 'organisations' })}>Go to your organisations</a>
        </p>
      </>
    );
  }
  return <RunScreen id={id} step={step} />;
}

function RunScreen({ id, step }: { readonly id: number; readonly step: RunStep }) {
  const session = useSession((s) => s.session);
  const setPosition = useSession((s) => s.setPosition);
  const announcement = useSession((s) => s.announcement);
  const writeError = useSession((s) => s.writeError);
  const undo = useSession((s) => s.undo);
  const redo = useSession((s) => s.redo);
  const change = useSession((s) => s.change);
  const [helpOpen, setHelpOpen] = useState(false);
  const singleKeys = useShortcutPreference((s) => s.singleKeys);
  const helpButton = useRef<HTMLButtonElement>(null);

  const position = positionOf(step);
  useEffect(() => setPosition(position), [position, setPosition]);

  const next = nextStep(step);
  const previous = previousStep(step);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || helpOpen) return;
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        target: focusKind(document.activeElement),
      }, singleKeys);
      if (!action) return;
      switch (action.kind) {
        case 'rate':
        case 'clear-rating': {
          if (step.kind !== 'question') return;
          const rating = action.kind === 'rate' ? action.rating : null;
          const number = step.questionId.slice(1);
          void change(
            { kind: 'consensus', questionId: step.questionId, rating },
            rating === null ? `Cleared the rating of question ${number}` : `Rated question ${number}: ${rating}`,
          );
          break;
        }
        case 'next':
          if (next) navigate({ name: 'workshop-run', id, step: next });
          break;
        case 'previous':
          if (previous) navigate({ name: 'workshop-run', id, step: previous });
          break;
        case 'undo':
          void undo();
          break;
        case 'redo':
          void redo();
          break;
        case 'help':
          setHelpOpen(true);
          break;
        case 'present':
          void openPresenter(id);
          break;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, next, previous, id, helpOpen, change, undo, redo, singleKeys]);

  if (!session) return null;
  const { workshop } = session;
  const title = stepTitle(step);

  return (
    <>
      <BackLink href={hrefFor({ name: 'workshop', id })}>{`Back to ${workshop.title}`}</BackLink>
      <div className="app-run-toolbar">
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
          {session.organisationName}: {workshop.title}
        </p>
        <UndoBar />
        <button ref={helpButton} type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-toolbar-button" onClick={() => setHelpOpen(true)}>
          Keyboard shortcuts
        </button>
        <a
          className="app-toolbar-link"
          href={hrefFor({ name: 'workshop-present', id })}
          onClick={(event) => {
            event.preventDefault();
            void openPresenter(id);
          }}
        >
          Presenter view
        </a>
      </div>
      {writeError && (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__heading">Your last change was not saved</h2>
          <div className="nhsuk-error-summary__body">
            <p>{writeError}</p>
          </div>
        </div>
      )}
      <p className="nhsuk-u-visually-hidden" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-quarter app-stepper-column">
          <Stepper id={id} current={step} session={session} />
        </div>
        <div className="nhsuk-grid-column-three-quarters">
          <StepBody step={step} title={title} />
          <nav className="nhsuk-pagination" aria-label="Previous and next step">
            <ul className="nhsuk-list nhsuk-pagination__list">
              {previous && (
                <li className="nhsuk-pagination-item--previous">
                  <a className="nhsuk-pagination__link nhsuk-pagination__link--prev" href={hrefFor({ name: 'workshop-run', id, step: previous })}>
                    <span className="nhsuk-pagination__title">Previous</span>
                    <span className="nhsuk-u-visually-hidden">:</span>
                    <span className="nhsuk-pagination__page">{stepTitle(previous)}</span>
                  </a>
                </li>
              )}
              {next && (
                <li className="nhsuk-pagination-item--next">
                  <a className="nhsuk-pagination__link nhsuk-pagination__link--next" href={hrefFor({ name: 'workshop-run', id, step: next })}>
                    <span className="nhsuk-pagination__title">Next</span>
                    <span className="nhsuk-u-visually-hidden">:</span>
                    <span className="nhsuk-pagination__page">{stepTitle(next)}</span>
                  </a>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </div>
      <ShortcutsDialog
        open={helpOpen}
        onClose={() => {
          setHelpOpen(false);
          helpButton.current?.focus();
        }}
      />
    </>
  );
}

function StepBody({ step, title }: { readonly step: RunStep; readonly title: string }) {
  switch (step.kind) {
    case 'ceilings':
      return <CeilingsStep title={title} />;
    case 'theme': {
      const theme = THEMES.find((t) => t.id === step.themeId);
      return theme ? <ThemeStep theme={theme} title={title} /> : null;
    }
    case 'question':
      return <QuestionStep questionId={step.questionId} title={title} />;
    case 'priorities':
      return <PrioritiesStep title={title} />;
  }
}
