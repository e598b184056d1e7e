/**
 * The child process of test/integration/crash-kill.test.ts: the real core on a database file,
 * writing through `dispatch` without pause until it is killed.
 *
 *   node --import tsx test/harness/crash-writer.ts <dataDir> <logFile> <seed> <firstSeq>
 *
 * It prints `ready <base json>` on stdout once it has found (or made) the organisation, board
 * member and workshop it writes to, then logs each write as explained in crash-protocol.ts.
 */
import fs from 'node:fs';
import { createCore } from '../../src-main/core/app-core';
import type { Core } from '../../src-main/core/app-core';
import { ACTION_QUESTION, BASE_ODS_CODE, BASE_ORGANISATION_NAME, planWrite } from './crash-protocol';
import type { CrashBase } from './crash-protocol';
import { createPrng } from './prng';

async function findOrMakeBase(core: Core): Promise<CrashBase> {
  const organisations = await core.call('organisation.list', {});
  if (!organisations.ok) throw new Error(organisations.error.message);
  let organisationId = organisations.value.find((o) => o.odsCode === BASE_ODS_CODE)?.id;
  if (organisationId === undefined) {
    const created = await core.call('organisation.create', { name: BASE_ORGANISATION_NAME, odsCode: BASE_ODS_CODE, type: 'nhs-trust' });
    if (!created.ok) throw new Error(created.error.message);
    organisationId = created.value.id;
  }
  const board = await core.call('board.list', { organisationId });
  if (!board.ok) throw new Error(board.error.message);
  let memberId = board.value.find((m) => m.role === 'chair')?.id;
  if (memberId === undefined) {
    const added = await core.call('board.add', {
      organisationId,
      name: 'Crash test chair',
      role: 'chair',
      voting: true,
      executive: false,
      independent: true,
      background: 'non-clinical',
      registered: false,
    });
    if (!added.ok) throw new Error(added.error.message);
    memberId = added.value.id;
  }
  const workshops = await core.call('workshop.list', { organisationId });
  if (!workshops.ok) throw new Error(workshops.error.message);
  let workshopId = workshops.value[0]?.id;
  if (workshopId === undefined) {
    const created = await core.call('workshop.create', {
      organisationId,
      title: 'Crash test workshop',
      date: '2026-12-03',
      facilitator: '',
      participants: { boardMemberIds: [memberId], guests: [] },
    });
    if (!created.ok) throw new Error(created.error.message);
    workshopId = created.value.id;
  }
  const priorities = await core.call('priorities.get', { workshopId });
  if (!priorities.ok) throw new Error(priorities.error.message);
  if (!priorities.value.agreed.includes(ACTION_QUESTION)) {
    const agreed = await core.call('priorities.setAgreed', { workshopId, questionId: ACTION_QUESTION, agreed: true });
    if (!agreed.ok) throw new Error(agreed.error.message);
  }
  return { organisationId, memberId, workshopId };
}

async function main(): Promise<void> {
  const [dataDir, logFile, seedText, firstSeqText] = process.argv.slice(2);
  if (dataDir === undefined || logFile === undefined || seedText === undefined || firstSeqText === undefined) {
    throw new Error('usage: crash-writer <dataDir> <logFile> <seed> <firstSeq>');
  }
  const prng = createPrng(Number(seedText));
  const core = createCore({ paths: { dataDir }, version: 'crash-test' });
  const base = await findOrMakeBase(core);
  const log = fs.openSync(logFile, 'a');
  const write = (line: string): void => {
    fs.writeSync(log, `${line}\n`);
  };
  process.stdout.write(`ready ${JSON.stringify(base)}\n`);
  // The loop below never returns to the event loop; let the line above go out first.
  await new Promise((resolve) => setImmediate(resolve));
  for (let seq = Number(firstSeqText); ; seq += 1) {
    const planned = planWrite(prng, seq, base);
    write(`I ${JSON.stringify(planned.record)}`);
    const result = await core.dispatch(planned.channel, planned.input);
    if (!result.ok) {
      write(`E ${JSON.stringify({ seq, channel: planned.channel, error: result.error })}`);
      process.exit(2);
    }
    write(`A ${JSON.stringify({ seq, id: planned.idOf(result.value) })}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
