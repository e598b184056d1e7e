import type { Organisation } from '../../../shared/organisations/organisation';
import { hrefFor } from '../../app/routes';
import { RecordNotShown } from '../../components/RecordNotShown';
import type { NotShownLookup } from '../../components/RecordNotShown';

export type MemberLookup = NotShownLookup;

/** What a board member's screen shows until (or instead of) the member. */
export function BoardMemberNotShown({ organisation, lookup }: { readonly organisation: Organisation; readonly lookup: MemberLookup }) {
  return (
    <RecordNotShown
      lookup={lookup}
      noun="board member"
      missingText={`This person is not on the board of ${organisation.name}. They may have been removed.`}
      unavailableTitle="The board could not be loaded"
      back={{ href: hrefFor({ name: 'organisation', id: organisation.id }), text: `Go to ${organisation.name}` }}
    />
  );
}
