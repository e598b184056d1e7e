import type { ProfessionId } from '../framework/professions';
import { buildAnalysis } from '../workforce/metrics';
import type { WorkforceCount } from '../workforce/types';
import { NO_CEILING } from '../workshops/session';
import type { PerceivedCeiling } from '../workshops/session';

export type CeilingEvidence = {
  readonly professions: readonly ProfessionId[];
  readonly source: 'data' | 'perceived' | 'none';
  readonly snapshotDate: string | null;
};

/**
 * The professions that hit a ceiling, as the proposed order weighs them: from the newest
 * workforce snapshot when there is one (by headcount, at the default threshold), otherwise as the
 * board perceived them in this workshop. The priorities screen and the report both use this, so
 * they propose the same order.
 */
export function ceilingEvidence(
  newest: { readonly snapshotDate: string; readonly counts: readonly WorkforceCount[] } | null,
  perceived: readonly PerceivedCeiling[],
): CeilingEvidence {
  if (newest) {
    const analysis = buildAnalysis(newest.counts, { measure: 'headcount' });
    return {
      professions: analysis.professions.filter((p) => p.ceiling.status === 'ceiling').map((p) => p.professionId),
      source: 'data',
      snapshotDate: newest.snapshotDate,
    };
  }
  const fromBoard = perceived.filter((c) => c.ceiling !== NO_CEILING).map((c) => c.professionId);
  return { professions: fromBoard, source: fromBoard.length > 0 ? 'perceived' : 'none', snapshotDate: null };
}
