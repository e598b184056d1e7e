import type { BoardMember } from '../../../shared/board/board-member';
import type { Priorities } from '../../../shared/priorities/priorities';
import { usePriorities } from './priorities-store';

/** Section 6 of the framework: an executive and a non-executive lead to champion the agenda. */
export function ChampionsSection({ priorities, members }: { readonly priorities: Priorities; readonly members: readonly BoardMember[] }) {
  const setChampion = usePriorities((s) => s.setChampion);
  const writeError = usePriorities((s) => s.writeError);
  const executives = members.filter((m) => m.executive);
  const nonExecutives = members.filter((m) => !m.executive && (m.role === 'chair' || m.role === 'non-executive-director'));
  const choose = (kind: 'executive' | 'non-executive', value: string) =>
    void setChampion({ workshopId: priorities.workshopId, kind, boardMemberId: value === '' ? null : Number(value) });
  const championError = writeError?.path[0] === 'boardMemberId' ? writeError.message : undefined;
  const select = (id: string, label: string, baseHint: string, kind: 'executive' | 'non-executive', options: readonly BoardMember[], stored: Priorities['champions']['executive']) => {
    const current = stored?.boardMemberId;
    // A lead who has left the board (or the role) is still named, rather than shown as no one.
    const gone = stored !== null && !options.some((m) => m.id === current);
    const hint = gone ? `${baseHint}. Nominated: ${stored.name}, who is no longer on the board in that role` : baseHint;
    return (
    <div className={championError ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        {hint}
      </div>
      <select className="nhsuk-select" id={id} aria-describedby={`${id}-hint`} value={gone ? '' : (current ?? '')} onChange={(event) => choose(kind, event.target.value)}>
        <option value="">Not nominated</option>
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
    );
  };
  return (
    <section aria-labelledby="champions-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="champions-heading">Champions</h2>
      <p>
        The framework suggests nominating “executive and non-executive leads at organisation and system level to champion the
        clinical leadership agenda”.
      </p>
      {championError && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {championError}
        </p>
      )}
      {select('champion-executive', 'Executive lead', 'An executive director', 'executive', executives, priorities.champions.executive)}
      {select('champion-non-executive', 'Non-executive lead', 'The chair or a non-executive director', 'non-executive', nonExecutives, priorities.champions.nonExecutive)}
    </section>
  );
}
