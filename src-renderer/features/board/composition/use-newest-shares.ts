import { useMemo } from 'react';
import type { ProfessionId } from '../../../../shared/framework/professions';
import { buildAnalysis, isSuppressed } from '../../../../shared/workforce/metrics';
import type { Snapshot } from '../../../../shared/workforce/snapshot';
import { useSnapshot, useSnapshotsOf } from '../../workforce/workforce-store';

export type NewestShares =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  | { readonly state: 'problem'; readonly message: string }
  | {
      readonly state: 'ready';
      readonly snapshot: Snapshot;
      /** share(p) by headcount; null where the organisation has no clinical staff. */
      readonly shares: Readonly<Record<ProfessionId, number | null>>;
      /** Professions whose share is held back: 1 to 4 people, whom a share would give away. */
      readonly heldBack: ReadonlySet<ProfessionId>;
    };

type Computed =
  | { readonly ok: true; readonly shares: Record<ProfessionId, number | null>; readonly heldBack: ReadonlySet<ProfessionId> }
  | { readonly ok: false; readonly message: string };

/** Each clinical profession's share of clinical staff (headcount) in the organisation's newest snapshot. */
export function useNewestShares(organisationId: number): NewestShares {
  const list = useSnapshotsOf(organisationId);
  const newest = list.state === 'ready' ? (list.snapshots[0] ?? null) : null;
  const lookup = useSnapshot(newest?.id ?? null);
  const counts = lookup?.state === 'found' ? lookup.data.counts : null;
  const computed = useMemo((): Computed | null => {
    if (counts === null) return null;
    try {
      const analysis = buildAnalysis(counts, { measure: 'headcount' });
      const shares = Object.fromEntries(analysis.professions.map((p) => [p.professionId, p.share])) as Record<ProfessionId, number | null>;
      const heldBack = new Set(analysis.professions.filter((p) => isSuppressed(p.headcount)).map((p) => p.professionId));
      return { ok: true, shares, heldBack };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : 'The newest snapshot could not be read.' };
    }
  }, [counts]);

  if (list.state === 'loading') return { state: 'loading' };
  if (list.state === 'unavailable') return { state: 'problem', message: list.message };
  if (newest === null) return { state: 'none' };
  if (lookup?.state === 'unavailable') return { state: 'problem', message: lookup.message };
  if (lookup?.state === 'missing') return { state: 'problem', message: 'The newest snapshot may have been deleted.' };
  if (computed === null) return { state: 'loading' };
  if (!computed.ok) return { state: 'problem', message: computed.message };
  return { state: 'ready', snapshot: newest, shares: computed.shares, heldBack: computed.heldBack };
}
