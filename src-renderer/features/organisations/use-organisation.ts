import { useEffect } from 'react';
import type { Organisation } from '../../../shared/organisations/organisation';
import { findOrganisation, useOrganisations } from './organisations-store';

export type OrganisationLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'found'; readonly organisation: Organisation };

/**
 * One organisation for a screen that edits it. A list that could not be loaded is 'unavailable',
 * never 'missing': a failing disk must not be reported to the user as a deletion.
 */
export function useOrganisation(id: number): OrganisationLookup {
  const status = useOrganisations((s) => s.status);
  const organisation = useOrganisations((s) => findOrganisation(s.items, id));
  const loadError = useOrganisations((s) => s.loadError);
  const load = useOrganisations((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (organisation) return { state: 'found', organisation };
  if (status === 'error') return { state: 'unavailable', message: loadError ?? 'Your organisations could not be loaded.' };
  return status === 'ready' ? { state: 'missing' } : { state: 'loading' };
}
