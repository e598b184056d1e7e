import type { OrganisationMatch, WorkshopFileCounts } from '../../../shared/workshop-file/channels';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** What a file holds, as a sentence: "9 board members, 2 workshops (10 questions rated, …), …". */
export function contentsText(counts: WorkshopFileCounts): string {
  const inWorkshops = [
    plural(counts.ratedQuestions, 'question rated', 'questions rated'),
    plural(counts.agreedPriorities, 'agreed priority', 'agreed priorities'),
    plural(counts.actions, 'action', 'actions'),
  ];
  return listText([
    plural(counts.boardMembers, 'board member', 'board members'),
    `${plural(counts.workshops, 'workshop', 'workshops')}${counts.workshops > 0 ? ` (${listText(inWorkshops)})` : ''}`,
    plural(counts.snapshots, 'workforce snapshot', 'workforce snapshots'),
    plural(counts.resources, 'development offer', 'development offers'),
  ]);
}

/** What an organisation already here holds, for the warning before it is replaced. */
export function heldText(match: Pick<OrganisationMatch, 'boardMembers' | 'workshops' | 'snapshots'>): string {
  return listText([
    plural(match.boardMembers, 'board member', 'board members'),
    plural(match.workshops, 'workshop', 'workshops'),
    plural(match.snapshots, 'workforce snapshot', 'workforce snapshots'),
  ]);
}

/** Why an organisation here matches the file's. */
export function matchReason(match: Pick<OrganisationMatch, 'sameOdsCode' | 'sameName' | 'odsCode'>): string {
  if (match.sameOdsCode && match.sameName) return `the same name and ODS code (${match.odsCode ?? ''})`;
  if (match.sameOdsCode) return `the same ODS code (${match.odsCode ?? ''})`;
  return 'the same name';
}

/** "21 November 2026 at 10:05", in the user's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day} at ${time}`;
}
