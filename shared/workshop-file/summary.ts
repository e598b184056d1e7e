import { ORGANISATION_NAME_MAX } from '../organisations/organisation';
import type { WorkshopFileCounts } from './channels';
import type { WorkshopFile } from './format';

export function countWorkshopFile(file: WorkshopFile): WorkshopFileCounts {
  const sum = (pick: (w: WorkshopFile['workshops'][number]) => number) => file.workshops.reduce((n, w) => n + pick(w), 0);
  return {
    boardMembers: file.boardMembers.length,
    workshops: file.workshops.length,
    ratedQuestions: sum((w) => w.questionRatings.filter((r) => r.consensus !== null).length),
    agreedPriorities: sum((w) => w.priorities.filter((p) => p.agreed).length),
    actions: sum((w) => w.actions.length),
    snapshots: file.workforceSnapshots.length,
    resources: file.resources.length,
  };
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The name for a second copy of an organisation: "Northshire NHS Trust (imported 21 Nov 2026)",
 * then "… (imported 21 Nov 2026, 2)" and so on while those are taken too. The organisation's own
 * name is shortened, never the suffix, to stay within the longest name allowed.
 */
export function importedName(name: string, today: Date, isTaken: (candidate: string) => boolean): string {
  const base = name.trim();
  if (!isTaken(base)) return base;
  const day = DAY.format(today);
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ` (imported ${day})` : ` (imported ${day}, ${n})`;
    const candidate = `${base.slice(0, ORGANISATION_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** A file name that every desktop accepts: no path separators, reserved characters or trailing dots. */
export function workshopFileName(organisationName: string, date: Date): string {
  const safe = organisationName
    .replace(/[\p{Cc}\\/:*?"<>|]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 100)
    .trim();
  return `${safe === '' ? 'organisation' : safe} ${date.toISOString().slice(0, 10)}.boardwalk`;
}
