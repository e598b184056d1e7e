import { LEVEL_IDS } from '../../shared/framework/levels';
import { hasFte } from '../../shared/workforce/metrics';
import type { ImportShape, StaffGroupId, WorkforceCount } from '../../shared/workforce/types';
import type { Core } from '../../src-main/core/app-core';
import { SnapshotRepository } from '../../src-main/core/workforce/snapshot-repository';

export type SeedSnapshot = {
  /** "2026-03-31". */
  readonly snapshotDate: string;
  readonly label?: string;
  readonly counts: readonly WorkforceCount[];
  /** Defaults to whether every count carries an FTE. */
  readonly hasFte?: boolean;
  readonly sourceName?: string;
  readonly shape?: ImportShape;
  /** Rows of the imagined source file left out (Bands 1 to 4, unmapped values). */
  readonly rowsExcluded?: number;
};

/**
 * A snapshot written straight through the repository, beneath the service: the import itself
 * (reading, mapping, validating a file) is tested elsewhere; screens only need stored counts.
 * The bookkeeping figures are those a person-level extract of these counts would give.
 */
export function seedSnapshot(core: Pick<Core, 'db'>, organisationId: number, seed: SeedSnapshot): number {
  const people = seed.counts.reduce((sum, row) => sum + row.headcount, 0);
  const nonClinical = seed.counts.filter((row) => row.professionId === 'non-clinical').reduce((sum, row) => sum + row.headcount, 0);
  const rowsExcluded = seed.rowsExcluded ?? 0;
  const repository = new SnapshotRepository(core.db);
  return core.db.transaction(() =>
    repository.insert(
      {
        organisationId,
        snapshotDate: seed.snapshotDate,
        label: seed.label ?? '',
        sourceName: seed.sourceName ?? `staff-in-post-${seed.snapshotDate}.csv`,
        shape: seed.shape ?? 'person',
        hasFte: seed.hasFte ?? hasFte(seed.counts),
        rowsRead: people + rowsExcluded,
        rowsMapped: people,
        rowsNonClinical: nonClinical,
        rowsExcluded,
        createdAt: `${seed.snapshotDate}T12:00:00.000Z`,
      },
      seed.counts,
    ),
  )();
}

/** Headcounts (and optionally FTE per head) on the ten levels, Band 5 first, Board last. */
type Ladder = readonly [number, number, number, number, number, number, number, number, number, number];

function group(professionId: StaffGroupId, headcounts: Ladder, ftePerHead: Ladder | number | null): WorkforceCount[] {
  return headcounts.flatMap((headcount, i) => {
    const levelId = LEVEL_IDS[i];
    if (headcount === 0 || levelId === undefined) return [];
    const factor = typeof ftePerHead === 'number' || ftePerHead === null ? ftePerHead : (ftePerHead[i] ?? 1);
    // FTE to one decimal place, as ESR reports it.
    const fte = factor === null ? null : Math.round(headcount * factor * 10) / 10;
    return [{ professionId, levelId, headcount, fte }];
  });
}

/*
 * Northshire Hospitals NHS Trust, a made-up acute trust, on 31 March 2026 (headcount):
 *
 *                    B5    B6    B7    8a    8b    8c    8d     9   VSM Board | total
 *   AHP             150   210   130    45     6     3     1     0     0     0 |   545
 *   Doctors           0    40    70    85    60    70   240    25     8     0 |   598
 *   Healthcare sci.  40    55    45    18     8     1     1     0     0     0 |   168
 *   Midwives        110    95    42    10     3     1     0     0     0     0 |   261
 *   Nurses          920   610   310    75    22     9     3     1     2     0 |  1952
 *   Pharmacists      12    26    34    14     1     0     1     0     0     0 |    88
 *   Psychologists     0     0     0     2     1     0     0     0     0     0 |     3
 *   Social workers    0     0     0     0     0     0     0     0     0     0 |     0
 *   Other clinical   65    40    22     6     1     0     0     0     0     0 |   134
 *   clinical total 1297  1076   653   255   102    84   246    26    10     0 |  3749
 *   (non-clinical   300   180   120    60    35    20    12     6    14     0 |   747, never in a share)
 *
 * Executive directors are on VSM contracts here, so nobody is at "Executive director / Board":
 * that level has no clinical staff and is skipped by every ceiling.
 *
 * RI(p,L) = n(p,L) × 3749 / (level total × profession total). Ceilings at the default threshold
 * 0.5 (the lowest level from which RI stays below 0.5 at every staffed level above):
 * - AHP: 8a 45×3749/(255×545) = 1.21; 8b 6×3749/(102×545) = 0.40; 8c 0.25; 8d 0.03; 9 and VSM 0
 *   → Band 8b.
 * - Doctors: VSM 8×3749/(10×598) = 5.02, above 0.5 at the top → no ceiling found.
 * - Healthcare scientists: 8b 8×3749/(102×168) = 1.75; 8c 1×3749/(84×168) = 0.27; 8d 0.09 → Band 8c.
 * - Midwives: 8a 10×3749/(255×261) = 0.563; 8b 3×3749/(102×261) = 0.42; 8c 0.17; 8d up 0 → Band 8b
 *   (at a threshold of 0.6: Band 8a, as 0.563 < 0.6 and Band 7 is 0.92).
 * - Nurses: 8a 75×3749/(255×1952) = 0.565; 8b 22×3749/(102×1952) = 0.41; 8c 0.21; 8d 0.02; 9 0.07;
 *   VSM 2×3749/(10×1952) = 0.38 → Band 8b (at 0.6: Band 8a; Band 7 is 0.91).
 * - Pharmacists: 8a 14×3749/(255×88) = 2.34; 8b 1×3749/(102×88) = 0.42; 8c 0; 8d 1×3749/(246×88)
 *   = 0.17 → Band 8b.
 * - Psychologists (3 people): 8b 1×3749/(102×3) = 12.25, nobody above → Band 8c, low confidence.
 * - Social workers: nobody → no staff.
 * - Other clinical: 8a 6×3749/(255×134) = 0.66; 8b 1×3749/(102×134) = 0.27; 8c up 0 → Band 8b.
 *
 * FTE: most nurses, midwives and AHPs below 8a work part time, and the ten Band 8a midwives are
 * on 6.0 FTE between them (job shares). By FTE the midwives' share is 211.8/3352.7 = 0.063 and at
 * 8a they are 6.0 of 241.1 FTE = 0.025, so RI 0.39 < 0.5: their ceiling falls to Band 8a by FTE.
 * Every other ceiling is the same by FTE.
 */
export const NORTHSHIRE_2026: readonly WorkforceCount[] = [
  ...group('ahp', [150, 210, 130, 45, 6, 3, 1, 0, 0, 0], [0.85, 0.9, 0.92, 0.95, 1, 1, 1, 1, 1, 1]),
  ...group('doctors', [0, 40, 70, 85, 60, 70, 240, 25, 8, 0], [1, 1, 1, 1, 1, 1, 0.95, 1, 1, 1]),
  ...group('healthcare-scientists', [40, 55, 45, 18, 8, 1, 1, 0, 0, 0], 0.9),
  ...group('midwives', [110, 95, 42, 10, 3, 1, 0, 0, 0, 0], [0.8, 0.8, 0.9, 0.6, 1, 1, 1, 1, 1, 1]),
  ...group('nurses', [920, 610, 310, 75, 22, 9, 3, 1, 2, 0], [0.85, 0.88, 0.92, 0.95, 1, 1, 1, 1, 1, 1]),
  ...group('pharmacists', [12, 26, 34, 14, 1, 0, 1, 0, 0, 0], 0.9),
  ...group('psychologists', [0, 0, 0, 2, 1, 0, 0, 0, 0, 0], 0.9),
  ...group('other-clinical', [65, 40, 22, 6, 1, 0, 0, 0, 0, 0], 0.9),
  ...group('non-clinical', [300, 180, 120, 60, 35, 20, 12, 6, 14, 0], 0.9),
];

/*
 * The same trust a year earlier, from an aggregated table with no FTE column:
 *
 *                    B5    B6    B7    8a    8b    8c    8d     9   VSM Board | total
 *   AHP             150   205   135    14     4     2     0     0     0     0 |   510
 *   Doctors           0    38    68    80    58    68   235    24     8     0 |   579
 *   Healthcare sci.  42    52    44    17     7     1     1     0     0     0 |   164
 *   Midwives        112    92    40     9     3     1     0     0     0     0 |   257
 *   Nurses          940   600   300    70    20     8     3     1     2     0 |  1944
 *   Pharmacists      12    25    30    12     4     0     0     0     0     0 |    83
 *   Psychologists     0     0     1     2     0     0     0     0     0     0 |     3
 *   Social workers    0 ...                                                   |     0
 *   Other clinical   60    38    20     5     1     0     0     0     0     0 |   124
 *   clinical total 1316  1050   638   209    97    80   239    25    10     0 |  3664
 *
 * Ceilings at 0.5, with RI(p,L) = n(p,L) × 3664 / (level total × profession total):
 * - AHP: Band 7 135×3664/(638×510) = 1.52; 8a 14×3664/(209×510) = 0.48 → Band 8a (so it moves up
 *   to Band 8b by 2026, when new advanced practice posts at 8a arrive).
 * - Doctors: no ceiling found (VSM 8×3664/(10×579) = 5.06).
 * - Healthcare scientists: 8b 7×3664/(97×164) = 1.61; 8c 1×3664/(80×164) = 0.28 → Band 8c.
 * - Midwives: 8a 9×3664/(209×257) = 0.61; 8b 3×3664/(97×257) = 0.44 → Band 8b.
 * - Nurses: 8a 70×3664/(209×1944) = 0.63; 8b 20×3664/(97×1944) = 0.39; VSM 0.38 → Band 8b.
 * - Pharmacists: 8b 4×3664/(97×83) = 1.82, nobody above → Band 8c (down to Band 8b by 2026).
 * - Psychologists (3 people): 8a 2×3664/(209×3) = 11.69, nobody above → Band 8b, low confidence
 *   (Band 8c by 2026: up).
 * - Social workers: no staff. Other clinical: 8a 0.71; 8b 3664/(97×124) = 0.30 → Band 8b.
 */
export const NORTHSHIRE_2025: readonly WorkforceCount[] = [
  ...group('ahp', [150, 205, 135, 14, 4, 2, 0, 0, 0, 0], null),
  ...group('doctors', [0, 38, 68, 80, 58, 68, 235, 24, 8, 0], null),
  ...group('healthcare-scientists', [42, 52, 44, 17, 7, 1, 1, 0, 0, 0], null),
  ...group('midwives', [112, 92, 40, 9, 3, 1, 0, 0, 0, 0], null),
  ...group('nurses', [940, 600, 300, 70, 20, 8, 3, 1, 2, 0], null),
  ...group('pharmacists', [12, 25, 30, 12, 4, 0, 0, 0, 0, 0], null),
  ...group('psychologists', [0, 0, 1, 2, 0, 0, 0, 0, 0, 0], null),
  ...group('other-clinical', [60, 38, 20, 5, 1, 0, 0, 0, 0, 0], null),
  ...group('non-clinical', [290, 175, 118, 58, 33, 19, 12, 6, 13, 0], null),
];
