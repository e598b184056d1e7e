import { useCallback, useEffect, useRef, useState } from 'react';
import { NOTES_MAX } from '../../../shared/workshops/session';
import { LEAVING_EVENT } from '../../api/write-queue';
import { ratingOf } from './changes';
import { useSession } from './session-store';

/** Typing pauses this long before the notes are written; leaving the box writes them at once. */
export const NOTES_SAVE_DELAY_MS = 600;

/**
 * Evidence and notes for a question. The text is saved while the facilitator types (after a
 * short pause), when the box loses focus, when the screen changes, and when the window closes
 * or the page goes, so nothing typed is lost.
 */
export function NotesBox(props: { readonly questionId: string; readonly questionNumber: number }) {
  // Undo or redo of notes starts the box afresh from what is stored.
  const revision = useSession((s) => s.notesRevision);
  return <NotesField key={`${props.questionId}-${revision}`} {...props} />;
}

function NotesField({ questionId, questionNumber }: { readonly questionId: string; readonly questionNumber: number }) {
  const change = useSession((s) => s.change);
  const [draft, setDraft] = useState(() => storedNotes(questionId));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const draftRef = useRef(draft);

  const flush = useCallback(() => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const text = draftRef.current;
    if (text !== storedNotes(questionId) && text.length <= NOTES_MAX) {
      void change({ kind: 'notes', questionId, notes: text }, `Notes on question ${questionNumber}`);
    }
  }, [change, questionId, questionNumber]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    window.addEventListener(LEAVING_EVENT, flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener(LEAVING_EVENT, flush);
      flush();
    };
  }, [flush]);

  const id = `notes-${questionId}`;
  const tooLong = draft.length > NOTES_MAX;
  return (
    <div className={tooLong ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <h2 className="nhsuk-label-wrapper">
        <label className="nhsuk-label nhsuk-label--m" htmlFor={id}>
          Evidence and notes
        </label>
      </h2>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        What the board said, the evidence it has and what it lacks. Saved as you type.
      </div>
      {tooLong && (
        <p className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> Notes must be {NOTES_MAX.toLocaleString('en-GB')} characters or fewer; these are{' '}
          {draft.length.toLocaleString('en-GB')}. They will not be saved until shortened.
        </p>
      )}
      <textarea
        className={tooLong ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
        id={id}
        rows={5}
        value={draft}
        aria-describedby={tooLong ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => {
          draftRef.current = event.target.value;
          setDraft(event.target.value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, NOTES_SAVE_DELAY_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}

function storedNotes(questionId: string): string {
  const session = useSession.getState().session;
  return session ? ratingOf(session, questionId).notes : '';
}
