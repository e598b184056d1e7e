import { useState } from 'react';
import type { DragEvent } from 'react';
import { questionById, themeById } from '../../../shared/framework/content';
import type { Priorities } from '../../../shared/priorities/priorities';
import { moveInOrder, moveTo } from '../../../shared/priorities/proposed-order';
import type { ProposedItem } from '../../../shared/priorities/proposed-order';
import { usePriorities } from './priorities-store';

type Props = {
  readonly priorities: Priorities;
  readonly proposed: readonly ProposedItem[];
  readonly order: readonly string[];
  readonly votesHidden: boolean;
  readonly evidenceNote: string;
};

/**
 * The proposed order with its reasons, which the board reorders (buttons, or drag and drop)
 * and from which it agrees its priorities. Focus follows a moved question, so a keyboard user
 * can press "Move up" again and again.
 */
export function OrderSection({ priorities, proposed, order, votesHidden, evidenceNote }: Props) {
  const setOrder = usePriorities((s) => s.setOrder);
  const setAgreed = usePriorities((s) => s.setAgreed);
  const [dragged, setDragged] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // One move at a time: the next is worked out from the order the last one saved.
  const [moving, setMoving] = useState(false);
  const { workshopId } = priorities;
  const agreed = new Set(priorities.agreed);
  const reasons = new Map(proposed.map((p) => [p.questionId, p.reason]));

  const move = async (questionId: string, by: -1 | 1, focusId: string) => {
    if (moving) return;
    setMoving(true);
    const next = moveInOrder(order, questionId, by);
    const result = await setOrder({ workshopId, order: next });
    setMoving(false);
    if (!result.ok) return;
    setAnnouncement(`Question ${questionById(questionId)?.number ?? ''} moved to place ${next.indexOf(questionId) + 1} of ${next.length}`);
    // The button pressed may now be gone (first or last place): keep focus on the question's row.
    requestAnimationFrame(() => (document.getElementById(focusId) ?? document.getElementById(`order-item-${questionId}`))?.focus());
  };
  const onDrop = (event: DragEvent<HTMLLIElement>, targetId: string) => {
    event.preventDefault();
    if (dragged === null || dragged === targetId) return;
    void setOrder({ workshopId, order: moveTo(order, dragged, targetId) });
    setDragged(null);
  };

  const agreedCount = priorities.agreed.length;
  return (
    <section aria-labelledby="order-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="order-heading">Priorities</h2>
      <p>
        Boardwalk proposes an order: each question scores its votes, plus its maturity gap (5 minus its rating), plus one for each
        profession with a ceiling that a Moderate or Major barrier of its theme weighs on. {evidenceNote}
      </p>
      {votesHidden && (
        <div className="nhsuk-inset-text" data-testid="votes-hidden-note">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>The totals are hidden, so the proposed order leaves the votes out until they are revealed.</p>
        </div>
      )}
      <p data-testid="agreed-count">
        {agreedCount === 0
          ? 'No priorities agreed yet. Boards usually agree 3 to 5.'
          : `${agreedCount} agreed ${agreedCount === 1 ? 'priority' : 'priorities'}. Boards usually agree 3 to 5.`}
      </p>
      {priorities.order !== null && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void setOrder({ workshopId, order: null })}>
          Go back to the proposed order
        </button>
      )}
      <p className="nhsuk-u-visually-hidden" role="status">
        {announcement}
      </p>
      <ol className="app-priority-list" data-testid="priority-list">
        {order.map((questionId, index) => {
          const question = questionById(questionId);
          if (!question) return null;
          const isAgreed = agreed.has(questionId);
          return (
            <li
              key={questionId}
              id={`order-item-${questionId}`}
              tabIndex={-1}
              className={[
                'app-priority',
                isAgreed ? 'app-priority--agreed' : undefined,
                dragged === questionId ? 'app-priority--dragged' : undefined,
              ]
                .filter(Boolean)
                .join(' ')}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                setDragged(questionId);
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, questionId)}
              data-testid={`priority-${questionId}`}
            >
              <div className="app-priority__rank" aria-hidden="true">
                {index + 1}
              </div>
              <div className="app-priority__body">
                <p className="app-priority__question">
                  <span className="nhsuk-u-visually-hidden">Place {index + 1}: </span>
                  <strong>Question {question.number}</strong> ({themeById(question.themeId).title}): {question.text}
                </p>
                <p className="app-priority__reason nhsuk-body-s">{reasons.get(questionId)}</p>
                <div className="app-priority__controls">
                  <div className="nhsuk-checkboxes__item">
                    <input
                      className="nhsuk-checkboxes__input"
                      id={`agreed-${questionId}`}
                      type="checkbox"
                      checked={isAgreed}
                      onChange={(event) => void setAgreed({ workshopId, questionId, agreed: event.target.checked })}
                    />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`agreed-${questionId}`}>
                      Agreed priority<span className="nhsuk-u-visually-hidden"> (question {question.number})</span>
                    </label>
                  </div>
                  {index > 0 && (
                    <button
                      type="button"
                      id={`up-${questionId}`}
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-move"
                      onClick={() => void move(questionId, -1, `up-${questionId}`)}
                    >
                      Move up<span className="nhsuk-u-visually-hidden"> (question {question.number})</span>
                    </button>
                  )}
                  {index < order.length - 1 && (
                    <button
                      type="button"
                      id={`down-${questionId}`}
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-move"
                      onClick={() => void move(questionId, 1, `down-${questionId}`)}
                    >
                      Move down<span className="nhsuk-u-visually-hidden"> (question {question.number})</span>
                    </button>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
