import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../shared/backups/backup';
import { backupFileName, kindOfLabel, migrationLabel, parseBackupName } from '../../src-main/core/backups/backup-names';
import { DEFAULT_RETENTION, decideRetention, isoWeekOf, localDay } from '../../src-main/core/backups/retention';
import type { RetentionCandidate } from '../../src-main/core/backups/retention';

const LONDON = 'Europe/London';

function backup(iso: string, kind: BackupKind = 'daily'): RetentionCandidate {
  const takenAt = new Date(iso);
  const label = kind === 'before-migration' ? migrationLabel(4, 5) : kind;
  return { name: backupFileName(takenAt, label), takenAt, kind };
}

/** The times (ISO, UTC) of the backups kept, newest first. */
function keptTimes(candidates: readonly RetentionCandidate[], policy = DEFAULT_RETENTION, timeZone = LONDON): string[] {
  const byName = new Map(candidates.map((c) => [c.name, c.takenAt.toISOString()]));
  return decideRetention(candidates, timeZone, policy).keep.map((k) => byName.get(k.name) ?? '?');
}

describe('backup names', () => {
  it('round-trip time and kind, and sort in time order', () => {
    const at = new Date('2026-11-21T07:46:05.123Z');
    expect(backupFileName(at, 'daily')).toBe('boardwalk-2026-11-21T07-46-05-123Z-daily.sqlite3');
    expect(parseBackupName('boardwalk-2026-11-21T07-46-05-123Z-daily.sqlite3')).toEqual({
      name: 'boardwalk-2026-11-21T07-46-05-123Z-daily.sqlite3',
      takenAt: at,
      label: 'daily',
      kind: 'daily',
    });
    expect(parseBackupName(backupFileName(at, migrationLabel(3, 5)))?.kind).toBe('before-migration');
    expect(parseBackupName(backupFileName(at, 'before-restore'))?.kind).toBe('before-restore');
    expect(parseBackupName(backupFileName(at, 'manual'))?.kind).toBe('manual');
  });

  it.each([
    'boardwalk.sqlite3',
    'boardwalk-2026-11-21T07-46-05-123Z-daily.sqlite3.partial',
    'boardwalk-2026-11-21T07-46-05-123Z-holiday.sqlite3',
    'boardwalk-2026-02-30T07-46-05-123Z-daily.sqlite3',
    'boardwalk-2026-13-01T07-46-05-123Z-daily.sqlite3',
    'boardwalk-2026-11-21T25-46-05-123Z-daily.sqlite3',
    '../boardwalk-2026-11-21T07-46-05-123Z-daily.sqlite3',
    'boardwalk-2026-11-21T07-46-05-123Z-daily.sqlite3/../../x',
    'notes.txt',
  ])('ignores %s, which is not one of its backups', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });

  it('knows the kind of each label', () => {
    expect(kindOfLabel('before-v12-from-v9')).toBe('before-migration');
    expect(kindOfLabel('before-v12')).toBeNull();
  });
});

describe('the local day and ISO week of a backup', () => {
  const day = localDay(LONDON);

  it('counts days in the user’s time zone, across both clock changes', () => {
    // 29 March 2026: clocks go forward at 01:00 GMT.
    expect(day(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(day(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    // 23:30 UTC on the 29th is 00:30 BST on the 30th.
    expect(day(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    // 25 October 2026: clocks go back at 01:00 GMT (02:00 BST); 23:30 UTC on the 24th is 00:30 BST on the 25th.
    expect(day(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(day(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
    expect(localDay('Pacific/Auckland')(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
  });

  it.each([
    ['2026-03-29', '2026-W13'], // a Sunday
    ['2026-03-30', '2026-W14'], // the Monday after
    ['2026-01-01', '2026-W01'], // a Thursday: week 1
    ['2025-12-29', '2026-W01'], // the Monday of that week belongs to 2026's week 1
    ['2027-01-01', '2026-W53'], // a Friday: 2026 has 53 weeks
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('puts %s in ISO week %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});

describe('retention', () => {
  it('keeps everything while there are few backups', () => {
    const few = [backup('2026-11-20T09:00:00Z'), backup('2026-11-21T09:00:00Z')];
    expect(decideRetention(few, LONDON).remove).toEqual([]);
  });

  it('keeps the newest backup of each of the last 7 days and of each of the last 4 weeks, and the 3 newest', () => {
    // Two backups a day, every day, from Monday 2 November to Saturday 5 December 2026 (GMT).
    const candidates: RetentionCandidate[] = [];
    for (let d = 0; d < 34; d += 1) {
      const date = new Date(Date.UTC(2026, 10, 2 + d));
      const day = date.toISOString().slice(0, 10);
      candidates.push(backup(`${day}T08:00:00Z`), backup(`${day}T17:00:00Z`, 'manual'));
    }
    const decision = decideRetention(candidates, LONDON);
    const kept = keptTimes(candidates);
    expect(kept).toEqual([
      // The 3 newest (two on Saturday 5 December, Friday's evening one), which overlap the dailies.
      '2026-12-05T17:00:00.000Z',
      '2026-12-05T08:00:00.000Z',
      '2026-12-04T17:00:00.000Z',
      // The newest of each of the 7 days to Sunday 29 November; the week of 30 November is
      // already kept by Saturday 5 December's.
      '2026-12-03T17:00:00.000Z',
      '2026-12-02T17:00:00.000Z',
      '2026-12-01T17:00:00.000Z',
      '2026-11-30T17:00:00.000Z',
      '2026-11-29T17:00:00.000Z',
      // Weekly: the newest of the weeks of 23, 16 and 9 November (29 November is a Sunday, so its
      // backup is also the newest of the week of 23 November).
      '2026-11-22T17:00:00.000Z',
      '2026-11-15T17:00:00.000Z',
    ]);
    expect(decision.remove).toHaveLength(candidates.length - kept.length);
    expect(decision.keep[0]?.reasons).toEqual(['recent', 'daily', 'weekly']);
    expect(decision.keep.find((k) => k.name.includes('2026-11-29T17'))?.reasons).toEqual(['daily', 'weekly']);
  });

  it('counts a day from the user’s midnight, not UTC’s, when the clocks have gone forward', () => {
    // Two backups on Monday 30 March 2026 in London (BST): 00:30 and 08:00 local. In UTC the
    // first is still Sunday 29th; counted by UTC days it would be kept as Sunday's.
    const candidates = [
      backup('2026-03-27T09:00:00Z'),
      backup('2026-03-28T09:00:00Z'),
      backup('2026-03-29T23:30:00Z'),
      backup('2026-03-30T07:00:00Z'),
    ];
    const policy = { recent: 0, daily: 7, weekly: 0 };
    expect(keptTimes(candidates, policy)).toEqual(['2026-03-30T07:00:00.000Z', '2026-03-28T09:00:00.000Z', '2026-03-27T09:00:00.000Z']);
    expect(keptTimes(candidates, policy, 'UTC')).toEqual([
      '2026-03-30T07:00:00.000Z',
      '2026-03-29T23:30:00.000Z',
      '2026-03-28T09:00:00.000Z',
      '2026-03-27T09:00:00.000Z',
    ]);
  });

  it('counts weeks from the user’s Monday: 00:30 BST on Monday is a new week, though still Sunday in UTC', () => {
    const candidates = [backup('2026-03-22T10:00:00Z'), backup('2026-03-29T20:00:00Z'), backup('2026-03-29T23:30:00Z')];
    const weekly = { recent: 0, daily: 0, weekly: 4 };
    // London: the 23:30 UTC backup starts week 14; 20:00 UTC on Sunday 29th is the newest of week 13.
    expect(keptTimes(candidates, weekly)).toEqual(['2026-03-29T23:30:00.000Z', '2026-03-29T20:00:00.000Z', '2026-03-22T10:00:00.000Z']);
    // In UTC both are Sunday, week 13, so only the later is kept.
    expect(keptTimes(candidates, weekly, 'UTC')).toEqual(['2026-03-29T23:30:00.000Z', '2026-03-22T10:00:00.000Z']);
  });

  it('handles the hour that happens twice when the clocks go back', () => {
    // 01:30 local on 25 October 2026 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
    const candidates = [backup('2026-10-24T12:00:00Z'), backup('2026-10-25T00:30:00Z'), backup('2026-10-25T01:30:00Z')];
    expect(keptTimes(candidates, { recent: 0, daily: 7, weekly: 0 })).toEqual(['2026-10-25T01:30:00.000Z', '2026-10-24T12:00:00.000Z']);
  });

  it('counts the weeks of a year’s end as ISO does (week 53 of 2026 runs into 2027)', () => {
    const candidates = [
      backup('2026-12-28T10:00:00Z'),
      backup('2027-01-02T10:00:00Z'),
      backup('2027-01-04T10:00:00Z'),
    ];
    expect(keptTimes(candidates, { recent: 0, daily: 0, weekly: 4 })).toEqual(['2027-01-04T10:00:00.000Z', '2027-01-02T10:00:00.000Z']);
  });

  it('always keeps the newest before-restore and before-migration copies, however old', () => {
    const candidates = [
      backup('2025-01-10T10:00:00Z', 'before-migration'),
      backup('2025-02-10T10:00:00Z', 'before-restore'),
      backup('2025-03-10T10:00:00Z', 'before-restore'),
      ...Array.from({ length: 60 }, (_, i) => backup(new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString())),
    ];
    const decision = decideRetention(candidates, LONDON);
    const reasonsOf = (iso: string, kind: BackupKind) => decision.keep.find((k) => k.name === backup(iso, kind).name)?.reasons;
    expect(reasonsOf('2025-01-10T10:00:00Z', 'before-migration')).toEqual(['last-before-migration']);
    expect(reasonsOf('2025-03-10T10:00:00Z', 'before-restore')).toEqual(['last-before-restore']);
    expect(decision.remove).toContain(backup('2025-02-10T10:00:00Z', 'before-restore').name);
    // 7 days + 3 more weeks (the newest week already has its daily) + the two safety copies.
    expect(decision.keep).toHaveLength(7 + 3 + 2);
  });

  it('never keeps more than recent + daily + weekly + 2, however many backups there are', () => {
    const many = Array.from({ length: 500 }, (_, i) => backup(new Date(Date.UTC(2025, 0, 1) + i * 5 * 3_600_000).toISOString()));
    const decision = decideRetention(many, LONDON);
    expect(decision.keep.length).toBeLessThanOrEqual(DEFAULT_RETENTION.recent + DEFAULT_RETENTION.daily + DEFAULT_RETENTION.weekly + 2);
    expect(decision.keep.length + decision.remove.length).toBe(500);
    // The newest is always kept.
    expect(decision.keep[0]?.name).toBe(many.at(-1)?.name);
  });
});
