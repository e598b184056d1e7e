import { useState } from 'react';
import type { Resource } from '../../../shared/resources/resource';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useSubmit } from '../../components/use-submit';
import { BuiltInResource, ResourceNotShown } from './ResourceNotShown';
import { useLibrary, useResources } from './resources-store';

/** Removing one of the user's own resources takes a second, deliberate step on its own screen. */
export function RemoveResourcePage({ id }: { readonly id: number }) {
  const library = useLibrary();
  // Once shown, the confirmation stays until the screen changes: after the removal the library no
  // longer holds the item, and "not found" must not flash up (and be announced) meanwhile.
  const [shown, setShown] = useState<Resource | null>(null);
  const found = library.state === 'ready' ? library.items.find((r) => r.id === id) : undefined;
  if (found && shown !== found) setShown(found);
  const resource = found ?? shown;
  if (!resource) return <ResourceNotShown lookup={library.state === 'ready' ? { state: 'missing' } : library} />;
  if (resource.builtIn) return <BuiltInResource resource={resource} verb="removed" />;
  return <ConfirmRemove resource={resource} />;
}

function ConfirmRemove({ resource }: { readonly resource: Resource }) {
  const remove = useResources((s) => s.remove);
  const showFlash = useFlash((s) => s.show);
  const { errors, submitting, submit } = useSubmit<{ id: number }>({}, () => {
    showFlash(`“${resource.title}” has been removed from the library`);
    navigate({ name: 'resources' });
  });
  const libraryHref = hrefFor({ name: 'resources' });

  return (
    <>
      <BackLink href={libraryHref}>Back to the resource library</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="nhsuk-caption-l">Resource library</span>
          <PageHeading title={`Remove ${resource.title}?`} />
          <p>
            {resource.title}, from {resource.provider}, will no longer be listed in the library or offered beside the
            questions of its themes.
          </p>
          <div className="app-button-group">
            <button
              className="nhsuk-button nhsuk-button--warning"
              type="button"
              onClick={() => void submit(() => remove(resource))}
              disabled={submitting}
            >
              Yes, remove it
            </button>
            <a href={libraryHref}>No, keep it</a>
          </div>
        </div>
      </div>
    </>
  );
}
