import { describe, expect, it } from 'vitest';
import { snapshotsAsAt } from '../../shared/workforce/as-at';

describe('snapshotsAsAt', () => {
  const newestFirst = [{ snapshotDate: '2026-03-31' }, { snapshotDate: '2025-09-30' }, { snapshotDate: '2025-03-31' }];

  it('keeps the snapshots dated on or before the day, newest first', () => {
    expect(snapshotsAsAt(newestFirst, '2025-11-20')).toEqual([{ snapshotDate: '2025-09-30' }, { snapshotDate: '2025-03-31' }]);
    expect(snapshotsAsAt(newestFirst, '2026-03-31')).toEqual(newestFirst);
    expect(snapshotsAsAt(newestFirst, '2027-01-20')).toEqual(newestFirst);
  });

  it('keeps none when every snapshot came after the day', () => {
    expect(snapshotsAsAt(newestFirst, '2025-03-30')).toEqual([]);
  });
});
