import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';

/** The recovery address while the database is open normally (a bookmark, or the back button). */
export function NothingToRecoverPage() {
  return (
    <>
      <PageHeading title="Nothing to recover" />
      <p>Boardwalk opened your data normally.</p>
      <p>
        <a href={hrefFor({ name: 'organisations' })}>Go to your organisations</a> or{' '}
        <a href={hrefFor({ name: 'backups' })}>look at your backups</a>.
      </p>
    </>
  );
}
