import type { Organisation } from '../../../shared/organisations/organisation';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';

export type MemberLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'unavailable'; readonly message: string };

/** What a board member's screen shows until (or instead of) the member. */
export function BoardMemberNotShown({ organisation, lookup }: { readonly organisation: Organisation; readonly lookup: MemberLookup }) {
  if (lookup.state === 'loading') return <PageHeading title="Loading board member…" />;
  return (
    <>
      {lookup.state === 'missing' ? (
        <>
          <PageHeading title="Board member not found" />
          <p>This person is not on the board of {organisation.name}. They may have been removed.</p>
        </>
      ) : (
        <>
          <PageHeading title="The board could not be loaded" />
          <p>{lookup.message}</p>
        </>
      )}
      <p>
        <a href={hrefFor({ name: 'organisation', id: organisation.id })}>Go to {organisation.name}</a>
      </p>
    </>
  );
}
