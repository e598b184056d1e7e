import { hrefFor } from '../../app/routes';
import { RecordNotShown } from '../../components/RecordNotShown';
import type { WorkshopLookup } from './workshops-store';

/** What a workshop's screen shows until (or instead of) the workshop. */
export function WorkshopNotShown({ lookup }: { readonly lookup: Exclude<WorkshopLookup, { state: 'found' }> }) {
  return (
    <RecordNotShown
      lookup={lookup}
      noun="workshop"
      missingText="This workshop does not exist. It may have been deleted."
      unavailableTitle="The workshop could not be loaded"
      back={{ href: hrefFor({ name: 'organisations' }), text: 'Go to your organisations' }}
    />
  );
}
