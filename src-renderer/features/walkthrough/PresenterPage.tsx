import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { questionById, themeById } from '../../../shared/framework/content';
import { MATURITY_LABELS } from '../../../shared/framework/maturity';
import type { MaturityRating } from '../../../shared/framework/maturity';
import type { Position, WorkshopSession } from '../../../shared/workshops/session';
import { api } from '../../api/client';
import { documentTitle } from '../../app/document-title';
import { hrefFor } from '../../app/routes';
import { ratingOf } from './changes';
import { nextStep, positionOf, previousStep, stepOf } from './steps';

/** How often the projector view looks for the facilitator's new position. */
export const PRESENTER_POLL_MS = 750;

/**
 * The projector's view: the current theme or question in large type, following wherever the
 * facilitator is, with a session timer. In Electron it opens as a second window (on a second
 * display when there is one); here it is a route of its own. The arrow keys move the session on.
 */
export function PresenterPage({ id }: { readonly id: number }) {
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [timerShown, setTimerShown] = useState(true);

  useEffect(() => {
    let cancelled = false;
    const read = async () => {
      const result = await api.session.get({ workshopId: id });
      if (cancelled) return;
      if (result.ok) {
        setSession(result.value);
        setError(null);
      } else setError(result.error.message);
    };
    void read();
    const poll = setInterval(() => void read(), PRESENTER_POLL_MS);
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      cancelled = true;
      clearInterval(poll);
      clearInterval(tick);
    };
  }, [id]);

  const position: Position = session?.position ?? 'ceilings';

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const step = stepOf(position);
      const target = event.key === 'ArrowRight' || event.key === 'PageDown' ? nextStep(step) : event.key === 'ArrowLeft' || event.key === 'PageUp' ? previousStep(step) : null;
      if (event.key === 'Escape') {
        window.location.hash = hrefFor({ name: 'workshop-run', id, step });
        return;
      }
      if (!target) return;
      event.preventDefault();
      const next = positionOf(target);
      setSession((s) => (s ? { ...s, position: next } : s));
      void api.session.setPosition({ workshopId: id, position: next });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, position]);

  const content = session ? describe(session, position) : null;
  const heading = content?.heading;
  useEffect(() => {
    document.title = documentTitle(heading ? `Presenter: ${heading}` : 'Presenter view', false);
  }, [heading]);

  const elapsed = Math.max(0, Math.floor((now - startedAt) / 1000));
  const clock = `${String(Math.floor(elapsed / 3600)).padStart(2, '0')}:${String(Math.floor((elapsed % 3600) / 60)).padStart(2, '0')}:${String(elapsed % 60).padStart(2, '0')}`;

  return (
    <div className="app-presenter">
      <header className="app-presenter__bar">
        <p className="app-presenter__org">{session ? `${session.organisationName}: ${session.workshop.title}` : 'Boardwalk'}</p>
        <p className="app-presenter__timer">
          {timerShown && (
            <>
              <span className="nhsuk-u-visually-hidden">Session time </span>
              <span data-testid="timer" role="timer" aria-live="off">{clock}</span>{' '}
              <button type="button" className="app-presenter__button" onClick={() => { setStartedAt(Date.now()); setNow(Date.now()); }}>
                Restart timer
              </button>{' '}
            </>
          )}
          {/* A clock that changes every second can distract: it can be hidden (WCAG 2.2.2). */}
          <button type="button" className="app-presenter__button" aria-pressed={!timerShown} onClick={() => setTimerShown((shown) => !shown)}>
            Hide timer
          </button>
        </p>
      </header>
      <main className="app-presenter__main" id="maincontent" tabIndex={-1}>
        {error && <p role="alert">{error}</p>}
        {!session && !error && <p role="status">Loading…</p>}
        {content && (
          <>
            {content.caption && <p className="app-presenter__caption">{content.caption}</p>}
            <h1 className="app-presenter__heading" data-testid="presenter-heading">{content.heading}</h1>
            {content.body}
          </>
        )}
      </main>
      <footer className="app-presenter__footer">
        <p>
          Arrow keys move on and back. <a href={hrefFor({ name: 'workshop-run', id, step: stepOf(position) })}>Leave the presenter view</a> (Escape)
        </p>
      </footer>
    </div>
  );
}

function describe(session: WorkshopSession, position: Position): { caption?: string; heading: string; body: ReactNode } {
  const step = stepOf(position);
  switch (step.kind) {
    case 'ceilings':
      return {
        caption: 'Before the figures',
        heading: 'Where does each profession hit a ceiling here?',
        body: <p className="app-presenter__text">For each clinical profession, the lowest level from which its members are rarely found in this organisation, at that level and above.</p>,
      };
    case 'priorities':
      return { caption: 'Next', heading: 'Priorities', body: <p className="app-presenter__text">Which questions matter most for this board now?</p> };
    case 'theme': {
      const theme = themeById(step.themeId);
      return {
        caption: `Theme ${theme.number} of 5`,
        heading: theme.title,
        body: (
          <ul className="app-presenter__list">
            {theme.barriers.map((b) => (
              <li key={b.id}>{b.title}</li>
            ))}
          </ul>
        ),
      };
    }
    case 'question': {
      const question = questionById(step.questionId);
      if (!question) return { heading: 'Key question', body: null };
      const theme = themeById(question.themeId);
      const consensus = ratingOf(session, question.id).consensus;
      return {
        caption: `${theme.title} · Key question ${question.number} of 17`,
        heading: question.text,
        body: (
          <>
            {question.prompts.length > 0 && (
              <>
                <p className="app-presenter__text">For example:</p>
                <ul className="app-presenter__list">
                  {question.prompts.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            )}
            {consensus !== null && (
              <p className="app-presenter__rating" data-testid="presenter-rating">
                Board’s rating: {consensus} {MATURITY_LABELS[consensus as MaturityRating]}
              </p>
            )}
          </>
        ),
      };
    }
  }
}
