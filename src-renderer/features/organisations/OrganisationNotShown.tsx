import { hrefFor } from '../../app/routes';
import { RecordNotShown } from '../../components/RecordNotShown';
import type { OrganisationLookup } from './use-organisation';

/** What an organisation's screens show until (or instead of) the organisation. */
export function OrganisationNotShown({ lookup }: { readonly lookup: Exclude<OrganisationLookup, { state: 'found' }> }) {
  return (
    <RecordNotShown
      lookup={lookup}
      noun="organisation"
      missingText="This organisation does not exist. It may have been deleted."
      unavailableTitle="Your organisations could not be loaded"
      back={{ href: hrefFor({ name: 'organisations' }), text: 'Go to your organisations' }}
    />
  );
}
