import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../src-renderer/app/routes';
import type { Route } from '../../src-renderer/app/routes';
import { backupKindLabel, backupSizeText, formatBackupTime, restoredMessage } from '../../src-renderer/features/backups/backup-format';

const NAME = 'boardwalk-2026-11-21T09-30-00-000Z-daily.sqlite3';

describe('backup and recovery routes', () => {
  it.each<[string, Route]>([
    ['#/backups', { name: 'backups' }],
    [`#/backups/${NAME}/restore`, { name: 'backup-restore', backupName: NAME }],
    ['#/recovery', { name: 'recovery' }],
  ])('parses and round-trips %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(hrefFor(route)).toBe(hash);
  });

  it.each([
    '/backups/boardwalk.sqlite3/restore',
    `/backups/${NAME}`,
    `/backups/${NAME}/delete`,
    '/backups/..%2Fboardwalk.sqlite3/restore',
    '/recovery/now',
  ])('refuses %s', (path) => {
    expect(parseRoute(`#${path}`)).toEqual({ name: 'not-found', path });
  });
});

describe('backup formatting', () => {
  it('shows when a backup was taken in the user’s own time, across the clock change', () => {
    expect(formatBackupTime('2026-11-21T09:30:00.000Z', 'Europe/London')).toBe('21 November 2026 at 09:30');
    expect(formatBackupTime('2026-06-21T09:30:00.000Z', 'Europe/London')).toBe('21 June 2026 at 10:30');
    expect(formatBackupTime('2026-03-29T23:30:00.000Z', 'Europe/London')).toBe('30 March 2026 at 00:30');
    expect(formatBackupTime('not a date')).toBe('not a date');
  });

  it('names each kind and size as a user reads them', () => {
    expect(backupKindLabel('daily')).toBe('Automatic, daily');
    expect(backupKindLabel('manual')).toBe('Backed up by you');
    expect(backupKindLabel('before-migration')).toBe('Before an update');
    expect(backupKindLabel('before-restore')).toBe('Before a restore');
    expect(backupSizeText({ sizeBytes: 1_572_864 })).toBe('1.5 MB');
  });

  it('confirms a restore with both times', () => {
    expect(restoredMessage({ takenAt: '2026-11-20T17:00:00.000Z' }, { takenAt: '2026-11-21T09:30:00.000Z' }, 'Europe/London')).toBe(
      'The backup of 20 November 2026 at 17:00 has been restored. Your data as it was just before is kept as a backup (Before a restore, 21 November 2026 at 09:30).',
    );
  });
});
