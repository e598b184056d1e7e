import { useEffect } from 'react';
import type { Organisation } from '../../../shared/organisations/organisation';
import { findOrganisation, useOrganisations } from './organisations-store';

/** One organisation for a screen that edits it: 'loading' until the list is fresh, then found or 'missing'. */
export function useOrganisation(id: number): { state: 'loading' } | { state: 'missing' } | { state: 'found'; organisation: Organisation } {
  const status = useOrganisations((s) => s.status);
  const organisation = useOrganisations((s) => findOrganisation(s.items, id));
  const load = useOrganisations((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (organisation) return { state: 'found', organisation };
  return status === 'ready' || status === 'error' ? { state: 'missing' } : { state: 'loading' };
}
