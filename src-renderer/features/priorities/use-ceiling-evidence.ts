import { useMemo } from 'react';
import { ceilingEvidence } from '../../../shared/priorities/ceiling-evidence';
import type { CeilingEvidence } from '../../../shared/priorities/ceiling-evidence';
import { snapshotsAsAt } from '../../../shared/workforce/as-at';
import type { PerceivedCeiling } from '../../../shared/workshops/session';
import { useSnapshot, useSnapshotsOf } from '../workforce/workforce-store';

export type { CeilingEvidence } from '../../../shared/priorities/ceiling-evidence';

/**
 * The ceiling evidence of `ceilingEvidence`, from the organisation's newest snapshot dated on or
 * before the workshop (as the report takes it), as the store holds it.
 */
export function useCeilingEvidence(organisationId: number, workshopDate: string, perceived: readonly PerceivedCeiling[]): CeilingEvidence {
  const snapshots = useSnapshotsOf(organisationId);
  const newest = snapshots.state === 'ready' ? (snapshotsAsAt(snapshots.snapshots, workshopDate)[0] ?? null) : null;
  const lookup = useSnapshot(newest?.id ?? null);
  const counts = lookup?.state === 'found' ? lookup.data.counts : null;
  return useMemo(
    () => ceilingEvidence(counts && newest ? { snapshotDate: newest.snapshotDate, counts } : null, perceived),
    [counts, newest, perceived],
  );
}
