import { useMemo } from 'react';
import type { ThemeId } from '../../../shared/framework/content';
import { resourceMatches } from '../../../shared/resources/resource';
import type { Resource } from '../../../shared/resources/resource';
import { hrefFor } from '../../app/routes';
import { professionsText } from './resource-labels';
import { useLibrary } from './resources-store';

const NONE: readonly Resource[] = [];

/**
 * The library's offers for one theme, folded away beside a question of that theme so they are at
 * hand in the discussion without taking the screen from the rating.
 */
export function ThemeResources({ themeId }: { readonly themeId: ThemeId }) {
  const library = useLibrary();
  const items = library.state === 'ready' ? library.items : NONE;
  const offers = useMemo(() => items.filter((resource) => resourceMatches(resource, { themeId })), [items, themeId]);
  if (library.state === 'loading') return null;
  return (
    <details className="nhsuk-details" data-testid="theme-resources">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          {library.state === 'ready' ? `Development offers for this theme (${offers.length})` : 'Development offers for this theme'}
        </span>
      </summary>
      <div className="nhsuk-details__text">
        {library.state === 'unavailable' ? (
          <p>The resource library could not be loaded. {library.message}</p>
        ) : offers.length === 0 ? (
          <p>The library has nothing for this theme yet.</p>
        ) : (
          <ul className="nhsuk-list app-theme-resources">
            {offers.map((resource) => (
              <li key={resource.id} className="app-theme-resources__item">
                <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{resource.title}</h3>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1">
                  {resource.provider}. For {professionsText(resource).toLowerCase()}
                  {resource.builtIn ? '' : '. Added by you'}
                </p>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{resource.description}</p>
              </li>
            ))}
          </ul>
        )}
        <p className="nhsuk-body-s nhsuk-u-margin-top-3 nhsuk-u-margin-bottom-0">
          <a href={hrefFor({ name: 'resources' })}>Open the resource library</a>
        </p>
      </div>
    </details>
  );
}
