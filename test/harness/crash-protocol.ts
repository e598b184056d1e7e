import type { Database } from 'better-sqlite3';
import { KEY_QUESTIONS, THEMES } from '../../shared/framework/content';
import { PROFESSION_IDS } from '../../shared/framework/professions';
import type { Channel } from '../../shared/ipc/contract';
import type { Prng } from './prng';

/**
 * What the crash test's writer (test/harness/crash-writer.ts) and its parent
 * (test/integration/crash-kill.test.ts) agree on: the writes, how each is logged, and how the
 * parent checks that an acknowledged write is in the database.
 *
 * The writer appends a line `I <record>` before each dispatch and `A <ack>` once dispatch has
 * answered ok (which the core does only after COMMIT). Both lines are written with a
 * synchronous write(2) to a log file, so when the writer is killed every line it wrote is
 * already in the kernel and the parent reads it after the kill.
 */

/** The organisation, board member and workshop the writer keeps writing to, found or made at start. */
export type CrashBase = {
  readonly organisationId: number;
  readonly memberId: number;
  readonly workshopId: number;
};

export const BASE_ODS_CODE = 'ZZZ';
export const BASE_ORGANISATION_NAME = 'Crash test base organisation';
export const ACTION_QUESTION = 'q1';

type Cell = string | number | null;

/**
 * One write as the parent checks it: a slot overwritten again and again (a rating, some notes),
 * whose stored value must be that of the last acknowledged write or of a later one; or a new
 * row, which once acknowledged must be there with exactly these columns.
 */
export type WriteRecord =
  | { readonly seq: number; readonly kind: 'slot'; readonly slot: string; readonly value: Cell }
  | { readonly seq: number; readonly kind: 'row'; readonly table: RowTable; readonly columns: Readonly<Record<string, Cell>> };

export type RowTable = 'organisation' | 'board_member' | 'action';

export type Ack = { readonly seq: number; readonly id: number | null };

export type PlannedWrite = {
  readonly record: WriteRecord;
  readonly channel: Channel;
  readonly input: unknown;
  /** The id of the new row, read from the answer (rows only). */
  readonly idOf: (value: unknown) => number | null;
};

const QUESTION_IDS = KEY_QUESTIONS.map((q) => q.id);
const BARRIER_IDS = THEMES.flatMap((t) => t.barriers.map((b) => b.id));
const BACKGROUNDS = [...PROFESSION_IDS, 'non-clinical'] as const;
const STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
const WORDS = ['board', 'evidence', 'ceiling', 'nurses', 'Ærø', 'naïve', 'café', '—', '“quoted”', '🩺', '👩🏽‍⚕️', 'line\nbreak', 'tab\there'];

/** Text of about `length` characters, from the seeded generator, cut between code points. */
function filler(prng: Prng, length: number): string {
  let text = '';
  while (text.length < length) text += `${prng.pick(WORDS)} `;
  return Array.from(text).slice(0, length).join('');
}

function noId(): null {
  return null;
}

function idField(value: unknown): number | null {
  const id = (value as { id?: unknown }).id;
  return typeof id === 'number' ? id : null;
}

/** The next write, chosen by the seeded generator; `seq` makes every written value unique. */
export function planWrite(prng: Prng, seq: number, base: CrashBase): PlannedWrite {
  const roll = prng.next();
  if (roll < 0.12) {
    const name = `Crash organisation ${seq}`;
    // Three to six capitals and digits, unique per write.
    const odsCode = `C${seq.toString(36).toUpperCase()}`.padEnd(3, '0');
    if (odsCode.length > 6) throw new Error(`write ${seq} is past the ODS codes this test can make`);
    return {
      record: { seq, kind: 'row', table: 'organisation', columns: { name, ods_code: odsCode, type: 'nhs-foundation-trust' } },
      channel: 'organisation.create',
      input: { name, odsCode, type: 'nhs-foundation-trust' },
      idOf: idField,
    };
  }
  if (roll < 0.2) {
    const name = `Crash base ${seq}`;
    return {
      record: { seq, kind: 'slot', slot: 'organisation-name', value: name },
      channel: 'organisation.rename',
      input: { id: base.organisationId, name },
      idOf: noId,
    };
  }
  if (roll < 0.32) {
    const name = `Member ${seq} ${filler(prng, prng.int(0, 40))}`.trim();
    const background = prng.pick(BACKGROUNDS);
    const independent = prng.next() < 0.5;
    return {
      record: {
        seq,
        kind: 'row',
        table: 'board_member',
        columns: {
          organisation_id: base.organisationId,
          name,
          role: 'non-executive-director',
          voting: 1,
          executive: 0,
          independent: independent ? 1 : 0,
          background,
          registered: 0,
        },
      },
      channel: 'board.add',
      input: { organisationId: base.organisationId, name, role: 'non-executive-director', voting: true, executive: false, independent, background, registered: false },
      idOf: idField,
    };
  }
  if (roll < 0.52) {
    const questionId = prng.pick(QUESTION_IDS);
    const rating = prng.next() < 0.1 ? null : prng.int(1, 5);
    return {
      record: { seq, kind: 'slot', slot: `consensus:${questionId}`, value: rating },
      channel: 'session.setConsensus',
      input: { workshopId: base.workshopId, questionId, rating },
      idOf: noId,
    };
  }
  if (roll < 0.74) {
    const questionId = prng.pick(QUESTION_IDS);
    // Some notes are long, so commits span several pages of the WAL.
    const notes = `Notes ${seq}: ${filler(prng, prng.next() < 0.2 ? prng.int(2000, 9000) : prng.int(0, 300))}`;
    return {
      record: { seq, kind: 'slot', slot: `notes:${questionId}`, value: notes },
      channel: 'session.setNotes',
      input: { workshopId: base.workshopId, questionId, notes },
      idOf: noId,
    };
  }
  if (roll < 0.86) {
    const barrierId = prng.pick(BARRIER_IDS);
    const professionId = prng.pick(PROFESSION_IDS);
    const severity = prng.next() < 0.15 ? null : prng.int(0, 3);
    return {
      record: { seq, kind: 'slot', slot: `severity:${barrierId}:${professionId}`, value: severity },
      channel: 'session.setSeverity',
      input: { workshopId: base.workshopId, barrierId, professionId, severity },
      idOf: noId,
    };
  }
  const description = `Action ${seq}: ${filler(prng, prng.int(0, 120))}`.trim();
  const status = prng.pick(STATUSES);
  const notes = `Action notes ${seq}`;
  return {
    record: {
      seq,
      kind: 'row',
      table: 'action',
      columns: {
        workshop_id: base.workshopId,
        question_id: ACTION_QUESTION,
        description,
        owner_id: base.memberId,
        due_date: '2027-01-15',
        status,
        notes,
      },
    },
    channel: 'action.add',
    input: { workshopId: base.workshopId, questionId: ACTION_QUESTION, description, ownerId: base.memberId, dueDate: '2027-01-15', status, notes, resourceId: null },
    idOf: (value) => {
      const actions = (value as { actions?: Array<{ id: number; description: string }> }).actions ?? [];
      return actions.find((a) => a.description === description)?.id ?? null;
    },
  };
}

export type ParsedLog = { readonly intents: WriteRecord[]; readonly acks: Ack[]; readonly errors: string[] };

/** Complete lines only: a line the writer had not finished when killed has no newline yet. */
export function parseLog(text: string): ParsedLog {
  const intents: WriteRecord[] = [];
  const acks: Ack[] = [];
  const errors: string[] = [];
  const end = text.lastIndexOf('\n');
  for (const line of text.slice(0, end + 1).split('\n')) {
    if (line === '') continue;
    const body = line.slice(2);
    if (line.startsWith('I ')) intents.push(JSON.parse(body) as WriteRecord);
    else if (line.startsWith('A ')) acks.push(JSON.parse(body) as Ack);
    else if (line.startsWith('E ')) errors.push(body);
    else throw new Error(`Unreadable log line: ${line.slice(0, 80)}`);
  }
  return { intents, acks, errors };
}

function readSlot(db: Database, base: CrashBase, slot: string): Cell {
  const [kind = '', a = '', b = ''] = slot.split(':');
  if (kind === 'organisation-name') {
    return (db.prepare('SELECT name FROM organisation WHERE id = ?').get(base.organisationId) as { name: string } | undefined)?.name ?? null;
  }
  if (kind === 'consensus') {
    const row = db.prepare('SELECT consensus FROM question_rating WHERE workshop_id = ? AND question_id = ?').get(base.workshopId, a) as { consensus: number | null } | undefined;
    return row?.consensus ?? null;
  }
  if (kind === 'notes') {
    const row = db.prepare('SELECT notes FROM question_rating WHERE workshop_id = ? AND question_id = ?').get(base.workshopId, a) as { notes: string } | undefined;
    return row?.notes ?? '';
  }
  if (kind === 'severity') {
    const row = db
      .prepare('SELECT severity FROM barrier_severity WHERE workshop_id = ? AND barrier_id = ? AND profession_id = ?')
      .get(base.workshopId, a, b) as { severity: number } | undefined;
    return row?.severity ?? null;
  }
  throw new Error(`Unknown slot ${slot}`);
}

function initialValue(slot: string): Cell {
  if (slot === 'organisation-name') return BASE_ORGANISATION_NAME;
  if (slot.startsWith('notes:')) return '';
  return null;
}

export type CheckReport = { readonly rowsChecked: number; readonly slotsChecked: number; readonly problems: string[] };

/**
 * Every acknowledged row is there with exactly its columns; every slot holds the value of its
 * last acknowledged write, or of a write begun after it (committed but killed before its
 * acknowledgement was logged). Never an older value: that would be a lost write.
 */
export function checkAcknowledged(db: Database, base: CrashBase, intents: readonly WriteRecord[], acks: readonly Ack[]): CheckReport {
  const problems: string[] = [];
  const ackBySeq = new Map(acks.map((a) => [a.seq, a]));
  const slots = new Map<string, Array<{ seq: number; value: Cell; acked: boolean }>>();
  let rowsChecked = 0;
  for (const intent of intents) {
    const ack = ackBySeq.get(intent.seq);
    if (intent.kind === 'slot') {
      const list = slots.get(intent.slot) ?? [];
      list.push({ seq: intent.seq, value: intent.value, acked: ack !== undefined });
      slots.set(intent.slot, list);
      continue;
    }
    if (!ack) continue;
    rowsChecked += 1;
    if (ack.id === null) {
      problems.push(`${intent.table} #${intent.seq}: acknowledged without an id`);
      continue;
    }
    const row = db.prepare(`SELECT * FROM "${intent.table}" WHERE id = ?`).get(ack.id) as Record<string, Cell> | undefined;
    if (!row) {
      problems.push(`${intent.table} id ${ack.id} (write ${intent.seq}) was acknowledged and is missing`);
      continue;
    }
    for (const [column, expected] of Object.entries(intent.columns)) {
      if (row[column] !== expected) {
        problems.push(`${intent.table} id ${ack.id} (write ${intent.seq}): ${column} is ${JSON.stringify(row[column])}, acknowledged ${JSON.stringify(expected)}`);
      }
    }
  }
  for (const [slot, writes] of slots) {
    writes.sort((x, y) => x.seq - y.seq);
    const lastAcked = writes.reduce((at, w, i) => (w.acked ? i : at), -1);
    const allowed = writes.slice(Math.max(lastAcked, 0)).map((w) => w.value);
    if (lastAcked === -1) allowed.push(initialValue(slot));
    const stored = readSlot(db, base, slot);
    if (!allowed.includes(stored)) {
      const expected = lastAcked === -1 ? 'its first value or a later write' : `write ${writes[lastAcked]?.seq ?? '?'} or later`;
      problems.push(`${slot}: stored ${JSON.stringify(stored).slice(0, 60)}, expected ${expected}`);
    }
  }
  return { rowsChecked, slotsChecked: slots.size, problems };
}
