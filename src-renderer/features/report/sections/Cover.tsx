import type { ReportModel } from '../../../../shared/report/build-report';

export function Cover({ model, nothingRecorded }: { readonly model: ReportModel; readonly nothingRecorded: boolean }) {
  const board = model.workshop.participants.filter((p) => !p.guest);
  const guests = model.workshop.participants.filter((p) => p.guest);
  return (
    <section className={`app-report__cover${nothingRecorded ? ' app-report__cover--alone' : ''}`} aria-labelledby="report-title">
      <p className="app-report__kicker">Clinical leadership priorities</p>
      <h1 id="report-title" className="app-report__title">
        {model.organisation.name}
      </h1>
      <p className="app-report__subtitle">{model.workshop.title}</p>
      <dl className="app-report__facts">
        <div>
          <dt>Date of the workshop</dt>
          <dd>{model.workshop.dateText}</dd>
        </div>
        <div>
          <dt>Organisation</dt>
          <dd>
            {model.organisation.typeLabel}
            {model.organisation.odsCode ? ` (ODS code ${model.organisation.odsCode})` : ''}
          </dd>
        </div>
        {model.workshop.facilitator !== '' && (
          <div>
            <dt>Facilitator</dt>
            <dd>{model.workshop.facilitator}</dd>
          </div>
        )}
      </dl>
      {model.workshop.participants.length > 0 && (
        <>
          <h2 className="app-report__h3">Participants</h2>
          <ul className="app-report__people">
            {[...board, ...guests].map((p, index) => (
              <li key={index}>
                <strong>{p.name}</strong>
                {p.role !== '' ? `, ${p.role}` : ''}
                {p.guest ? ' (guest)' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="app-report__cover-note">
        A record of the board’s development workshop on NHS Improvement’s <cite>Clinical leadership – a framework for action</cite>:
        where the board stands on the framework’s five themes, where clinical professions hit a ceiling in the workforce, who is
        missing from the board table, and the priorities and actions the board agreed.
      </p>
      {nothingRecorded && (
        <p className="app-report__nothing">
          <strong>Nothing has been recorded for this workshop yet.</strong> It has no ratings, barrier scores, priorities or
          actions; the organisation has no board members in Boardwalk, and no workforce snapshot dated on or before the workshop.
          The report fills in as the board works through the workshop.
        </p>
      )}
    </section>
  );
}
