import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import type { WorkshopLookup } from './workshops-store';

/** What a workshop's screen shows until (or instead of) the workshop. */
export function WorkshopNotShown({ lookup }: { readonly lookup: Exclude<WorkshopLookup, { state: 'found' }> }) {
  if (lookup.state === 'loading') return <PageHeading title="Loading workshop…" />;
  return (
    <>
      {lookup.state === 'missing' ? (
        <>
          <PageHeading title="Workshop not found" />
          <p>This workshop does not exist. It may have been deleted.</p>
        </>
      ) : (
        <>
          <PageHeading title="The workshop could not be loaded" />
          <p>{lookup.message}</p>
        </>
      )}
      <p>
        <a href={hrefFor({ name: 'organisations' })}>Go to your organisations</a>
      </p>
    </>
  );
}
