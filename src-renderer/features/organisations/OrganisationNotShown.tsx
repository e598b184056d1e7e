import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import type { OrganisationLookup } from './use-organisation';

/** What an edit screen shows until (or instead of) the organisation it edits. */
export function OrganisationNotShown({ lookup }: { readonly lookup: Exclude<OrganisationLookup, { state: 'found' }> }) {
  if (lookup.state === 'loading') return <PageHeading title="Loading organisation…" />;
  return (
    <>
      {lookup.state === 'missing' ? (
        <>
          <PageHeading title="Organisation not found" />
          <p>This organisation does not exist. It may have been deleted.</p>
        </>
      ) : (
        <>
          <PageHeading title="Your organisations could not be loaded" />
          <p>{lookup.message}</p>
        </>
      )}
      <p>
        <a href={hrefFor({ name: 'organisations' })}>Go to your organisations</a>
      </p>
    </>
  );
}
