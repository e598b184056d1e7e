import { useEffect } from 'react';
import { SOURCE_DOCUMENTS, SOURCE_IDS } from '../../../shared/resources/resource';
import { PageHeading } from '../../app/page';
import { useAbout } from './about-store';

/** Help > About Boardwalk: the version, what the app is built on, and where the data lives. */
export function AboutPage() {
  const info = useAbout((s) => s.info);
  const loadError = useAbout((s) => s.loadError);
  const load = useAbout((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  const framework = SOURCE_DOCUMENTS.framework;
  return (
    <>
      <PageHeading title="About Boardwalk" />
      <dl className="nhsuk-summary-list" data-testid="about-version">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Version</dt>
          <dd className="nhsuk-summary-list__value">{info ? info.version : (loadError ?? 'Loading…')}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Database version</dt>
          <dd className="nhsuk-summary-list__value">{info ? info.schemaVersion : (loadError ?? 'Loading…')}</dd>
        </div>
      </dl>
      <p>
        Boardwalk walks a trust board through <cite>{framework.title}</cite> ({framework.publisher}): its five themes, its 17 key
        questions, the ceilings each clinical profession meets, and the board’s own make-up.
      </p>
      <h2>Source documents</h2>
      <p>The framework’s content and the resource library’s built-in items are taken from these documents:</p>
      <ul data-testid="source-documents">
        {SOURCE_IDS.map((id) => (
          <li key={id}>
            <cite>{SOURCE_DOCUMENTS[id].title}</cite>, {SOURCE_DOCUMENTS[id].publisher}
          </li>
        ))}
      </ul>
      <h2>Your data</h2>
      <p>
        Boardwalk works offline. Everything you enter stays in one database on this computer, with its backups beside it, and
        nothing is sent anywhere. In the desktop app, <strong>Help, Open the data folder</strong> shows where it is.
      </p>
    </>
  );
}
