import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';

export function OrganisationMissing() {
  return (
    <>
      <PageHeading title="Organisation not found" />
      <p>This organisation does not exist. It may have been deleted.</p>
      <p>
        <a href={hrefFor({ name: 'organisations' })}>Go to your organisations</a>
      </p>
    </>
  );
}
