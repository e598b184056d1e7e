import type { BackupKind } from '../../../shared/backups/backup';

/**
 * Which backups to keep. Each rule picks backups on its own and a backup any rule picks is kept
 * (the way restic's and borg's `--keep-*` options combine), so the rules never fight:
 *
 * - `recent`: the newest few, whatever their kind, so a "Back up now" taken this morning is not
 *   thrown away by the one taken this afternoon;
 * - `daily`: the newest backup of each of the last N days that have one;
 * - `weekly`: the newest backup of each of the last N weeks (ISO weeks, Monday to Sunday) that
 *   have one;
 * - the newest "before a restore" copy and the newest "before an update" copy, always, so the
 *   last restore can be undone and the data as it was before the last update is never lost.
 *
 * Days and weeks are the user's own, in their time zone: a backup at 00:30 on a summer morning
 * in London belongs to that day, though it is still the day before in UTC.
 */
export type RetentionPolicy = {
  readonly recent: number;
  readonly daily: number;
  readonly weekly: number;
};

export const DEFAULT_RETENTION: RetentionPolicy = { recent: 3, daily: 7, weekly: 4 };

export type RetentionCandidate = {
  readonly name: string;
  readonly takenAt: Date;
  readonly kind: BackupKind;
};

export type KeepReason = 'recent' | 'daily' | 'weekly' | 'last-before-restore' | 'last-before-migration';

export type RetentionDecision = {
  /** Newest first, each with every rule that keeps it. */
  readonly keep: ReadonlyArray<{ readonly name: string; readonly reasons: readonly KeepReason[] }>;
  /** Newest first. */
  readonly remove: readonly string[];
};

export function decideRetention(
  candidates: readonly RetentionCandidate[],
  timeZone: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): RetentionDecision {
  const newestFirst = [...candidates].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
  const reasons = new Map<string, KeepReason[]>();
  const keepFor = (name: string, reason: KeepReason) => {
    const list = reasons.get(name) ?? [];
    list.push(reason);
    reasons.set(name, list);
  };

  newestFirst.slice(0, policy.recent).forEach((backup) => keepFor(backup.name, 'recent'));
  const dayOf = localDay(timeZone);
  newestOfEachPeriod(newestFirst, (backup) => dayOf(backup.takenAt), policy.daily).forEach((name) => keepFor(name, 'daily'));
  newestOfEachPeriod(newestFirst, (backup) => isoWeekOf(dayOf(backup.takenAt)), policy.weekly).forEach((name) => keepFor(name, 'weekly'));
  const lastRestore = newestFirst.find((backup) => backup.kind === 'before-restore');
  if (lastRestore) keepFor(lastRestore.name, 'last-before-restore');
  const lastMigration = newestFirst.find((backup) => backup.kind === 'before-migration');
  if (lastMigration) keepFor(lastMigration.name, 'last-before-migration');

  return {
    keep: newestFirst.filter((b) => reasons.has(b.name)).map((b) => ({ name: b.name, reasons: reasons.get(b.name) ?? [] })),
    remove: newestFirst.filter((b) => !reasons.has(b.name)).map((b) => b.name),
  };
}

/** The first (newest) backup of each distinct period, for the `count` newest periods. */
function newestOfEachPeriod(newestFirst: readonly RetentionCandidate[], periodOf: (b: RetentionCandidate) => string, count: number): string[] {
  const seen = new Set<string>();
  const chosen: string[] = [];
  for (const backup of newestFirst) {
    if (seen.size >= count) break;
    const period = periodOf(backup);
    if (seen.has(period)) continue;
    seen.add(period);
    chosen.push(backup.name);
  }
  return chosen;
}

/** The calendar day (YYYY-MM-DD) on which `date` falls in `timeZone`. */
export function localDay(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (date) => {
    const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
    return `${parts['year'] ?? ''}-${parts['month'] ?? ''}-${parts['day'] ?? ''}`;
  };
}

/**
 * The ISO 8601 week (YYYY-Www) of a calendar day: weeks start on Monday, and week 1 is the one
 * holding the year's first Thursday, so 31 December can be in week 1 of the next year and
 * 1 January in week 52 or 53 of the last. Worked on the calendar day, in UTC arithmetic, so
 * no clock change can move a day into another week.
 */
export function isoWeekOf(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const utc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
  const weekday = (utc.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(utc.getTime() + (3 - weekday) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000;
  const week = 1 + Math.round((thursday.getTime() - firstMonday - 3 * 86_400_000) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The time zone Boardwalk's days are counted in when none is given: the computer's own. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
