import { useMemo } from 'react';
import { ceilingEvidence } from '../../../shared/priorities/ceiling-evidence';
import type { CeilingEvidence } from '../../../shared/priorities/ceiling-evidence';
import type { PerceivedCeiling } from '../../../shared/workshops/session';
import { useSnapshot, useSnapshotsOf } from '../workforce/workforce-store';

export type { CeilingEvidence } from '../../../shared/priorities/ceiling-evidence';

/** The ceiling evidence of `ceilingEvidence`, from the organisation's newest snapshot as the store holds it. */
export function useCeilingEvidence(organisationId: number, perceived: readonly PerceivedCeiling[]): CeilingEvidence {
  const snapshots = useSnapshotsOf(organisationId);
  const newest = snapshots.state === 'ready' ? (snapshots.snapshots[0] ?? null) : null;
  const lookup = useSnapshot(newest?.id ?? null);
  const counts = lookup?.state === 'found' ? lookup.data.counts : null;
  return useMemo(
    () => ceilingEvidence(counts && newest ? { snapshotDate: newest.snapshotDate, counts } : null, perceived),
    [counts, newest, perceived],
  );
}
