import type { Resource } from '../../../shared/resources/resource';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { RecordNotShown } from '../../components/RecordNotShown';
import type { NotShownLookup } from '../../components/RecordNotShown';
import { sourceText } from './resource-labels';

/** What a resource's screen shows until (or instead of) the resource. */
export function ResourceNotShown({ lookup }: { readonly lookup: NotShownLookup }) {
  return (
    <RecordNotShown
      lookup={lookup}
      noun="resource"
      missingText="This resource is not in the library. It may have been removed."
      unavailableTitle="The resource library could not be loaded"
      back={{ href: hrefFor({ name: 'resources' }), text: 'Go to the resource library' }}
    />
  );
}

/** Instead of a form or a confirmation: the items that come with Boardwalk stay as they are. */
export function BuiltInResource({ resource, verb }: { readonly resource: Resource; readonly verb: 'changed' | 'removed' }) {
  return (
    <>
      <BackLink href={hrefFor({ name: 'resources' })}>Back to the resource library</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading title={`${resource.title} cannot be ${verb}`} />
          <p>
            It comes with Boardwalk, from {sourceText(resource)}, so that every board sees the same offers from the
            source documents.
          </p>
          <p>You can add a resource of your own instead, and change or remove that as you need.</p>
          <div className="app-button-group">
            <a className="nhsuk-button" href={hrefFor({ name: 'resource-new' })} draggable={false}>
              Add a resource
            </a>
            <a href={hrefFor({ name: 'resources' })}>Go to the resource library</a>
          </div>
        </div>
      </div>
    </>
  );
}
