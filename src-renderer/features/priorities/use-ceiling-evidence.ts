import { useMemo } from 'react';
import type { ProfessionId } from '../../../shared/framework/professions';
import { buildAnalysis } from '../../../shared/workforce/metrics';
import type { PerceivedCeiling } from '../../../shared/workshops/session';
import { NO_CEILING } from '../../../shared/workshops/session';
import { useSnapshot, useSnapshotsOf } from '../workforce/workforce-store';

export type CeilingEvidence = { readonly professions: readonly ProfessionId[]; readonly source: 'data' | 'perceived' | 'none'; readonly snapshotDate: string | null };

/**
 * The professions that hit a ceiling: from the newest workforce snapshot when there is one (by
 * headcount, the default threshold), otherwise as the board perceived them in this workshop.
 */
export function useCeilingEvidence(organisationId: number, perceived: readonly PerceivedCeiling[]): CeilingEvidence {
  const snapshots = useSnapshotsOf(organisationId);
  const newest = snapshots.state === 'ready' ? (snapshots.snapshots[0] ?? null) : null;
  const lookup = useSnapshot(newest?.id ?? null);
  const counts = lookup?.state === 'found' ? lookup.data.counts : null;
  return useMemo(() => {
    if (counts && newest) {
      const analysis = buildAnalysis(counts, { measure: 'headcount' });
      return {
        professions: analysis.professions.filter((p) => p.ceiling.status === 'ceiling').map((p) => p.professionId),
        source: 'data',
        snapshotDate: newest.snapshotDate,
      };
    }
    const fromBoard = perceived.filter((c) => c.ceiling !== NO_CEILING).map((c) => c.professionId);
    return { professions: fromBoard, source: fromBoard.length > 0 ? 'perceived' : 'none', snapshotDate: null };
  }, [counts, newest, perceived]);
}
