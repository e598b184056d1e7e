import { useMemo } from 'react';
import { isThemeId } from '../../../shared/framework/content';
import { isProfessionId } from '../../../shared/framework/professions';
import { resourceMatches } from '../../../shared/resources/resource';
import type { Resource, ResourceFilter } from '../../../shared/resources/resource';
import { useFlashMessage } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { SuccessBanner } from '../../components/SuccessBanner';
import { PROFESSION_OPTIONS, THEME_OPTIONS, professionsText, sourceText, themesText } from './resource-labels';
import { useLibrary, useResources } from './resources-store';
import { ExternalLink } from '../../components/ExternalLink';

/** One empty list, so "nothing loaded yet" is always the same answer. */
const NONE: readonly Resource[] = [];

/** The library: every development offer, filtered by theme and profession, the user's own editable. */
export function ResourcesPage() {
  const library = useLibrary();
  const filter = useResources((s) => s.filter);
  const setFilter = useResources((s) => s.setFilter);
  const flash = useFlashMessage();
  const items = library.state === 'ready' ? library.items : NONE;
  const shown = useMemo(() => items.filter((resource) => resourceMatches(resource, filter)), [items, filter]);
  const builtIn = useMemo(() => shown.filter((resource) => resource.builtIn), [shown]);
  const own = useMemo(() => shown.filter((resource) => !resource.builtIn), [shown]);
  const ownTotal = useMemo(() => items.filter((resource) => !resource.builtIn).length, [items]);

  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      {flash && <SuccessBanner message={flash} />}
      <PageHeading title="Resource library" />
      <p>
        Development offers and interventions from the framework and related documents, each tagged with the themes
        and professions it serves. They are offered beside the questions of their themes. Add your own to offer them
        too.
      </p>
      <a className="nhsuk-button" href={hrefFor({ name: 'resource-new' })} draggable={false}>
        Add a resource
      </a>
      {library.state === 'unavailable' && (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__heading">The resource library could not be loaded</h2>
          <div className="nhsuk-error-summary__body">
            <p>{library.message}</p>
          </div>
        </div>
      )}
      {library.state === 'loading' && <p role="status">Loading the resource library…</p>}
      {library.state === 'ready' && (
        <>
          <Filter filter={filter} onChange={setFilter} />
          <p role="status" className="app-resource-count" data-testid="resource-count">
            Showing {shown.length} of {items.length} resources
          </p>
          <h2 className="nhsuk-heading-m">From the source documents ({builtIn.length})</h2>
          {builtIn.length === 0 ? (
            <p>None of the resources from the source documents match this filter.</p>
          ) : (
            <ResourceList items={builtIn} testId="built-in-resources" />
          )}
          <h2 className="nhsuk-heading-m">Added by you ({own.length})</h2>
          {own.length > 0 ? (
            <ResourceList items={own} testId="own-resources" />
          ) : (
            <p data-testid="no-own-resources">
              {ownTotal === 0 ? 'You have not added any resources yet.' : 'None of your resources match this filter.'}
            </p>
          )}
        </>
      )}
    </>
  );
}

function Filter({ filter, onChange }: { readonly filter: ResourceFilter; readonly onChange: (filter: ResourceFilter) => void }) {
  return (
    <div className="app-resource-filter" role="group" aria-labelledby="resource-filter-heading">
      <h2 className="nhsuk-heading-s app-resource-filter__heading" id="resource-filter-heading">
        Filter the library
      </h2>
      <div className="app-resource-filter__fields">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="filter-theme">
            Theme
          </label>
          <select
            className="nhsuk-select"
            id="filter-theme"
            value={filter.themeId ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ ...withoutKey(filter, 'themeId'), ...(isThemeId(value) ? { themeId: value } : {}) });
            }}
          >
            <option value="">All themes</option>
            {THEME_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="filter-profession">
            Profession
          </label>
          <select
            className="nhsuk-select"
            id="filter-profession"
            value={filter.professionId ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ ...withoutKey(filter, 'professionId'), ...(isProfessionId(value) ? { professionId: value } : {}) });
            }}
          >
            <option value="">All professions</option>
            {PROFESSION_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}

function withoutKey(filter: ResourceFilter, key: keyof ResourceFilter): ResourceFilter {
  const { [key]: _dropped, ...rest } = filter;
  return rest;
}

function ResourceList({ items, testId }: { readonly items: readonly Resource[]; readonly testId: string }) {
  return (
    <ul className="nhsuk-list app-resource-list" data-testid={testId}>
      {items.map((resource) => (
        <li className="app-resource" key={resource.id} data-testid="resource">
          <h3 className="nhsuk-heading-s app-resource__title">{resource.title}</h3>
          <p className="app-resource__provider">{resource.provider}</p>
          <p className="app-resource__description">{resource.description}</p>
          <dl className="app-resource__facts">
            <div>
              <dt>Themes</dt>
              <dd>{themesText(resource.themeIds)}</dd>
            </div>
            <div>
              <dt>Professions</dt>
              <dd>{professionsText(resource)}</dd>
            </div>
            <div>
              <dt>Source</dt>
              <dd>{sourceText(resource)}</dd>
            </div>
            {resource.url !== null && (
              <div>
                <dt>Web address</dt>
                <dd className="app-resource__url">
                  <ExternalLink url={resource.url} />
                </dd>
              </div>
            )}
          </dl>
          {!resource.builtIn && (
            <p className="app-resource__actions">
              <a href={hrefFor({ name: 'resource-edit', id: resource.id })}>
                Edit<span className="nhsuk-u-visually-hidden"> {resource.title}</span>
              </a>
              <a href={hrefFor({ name: 'resource-remove', id: resource.id })}>
                Remove<span className="nhsuk-u-visually-hidden"> {resource.title}</span>
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
