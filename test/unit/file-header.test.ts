import { describe, expect, it } from 'vitest';
import { looksLike, readHeaderFinding } from '../../src-main/core/db/file-header';

/** A valid 100-byte SQLite header: 4096-byte pages, `pages` pages, WAL or rollback mode. */
function header({ pages = 10, wal = true, userVersion = 5, counter = 7, validFor = 7 } = {}): Uint8Array {
  const bytes = new Uint8Array(100);
  bytes.set(new TextEncoder().encode('SQLite format 3\0'), 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(16, 4096);
  view.setUint8(18, wal ? 2 : 1);
  view.setUint8(19, wal ? 2 : 1);
  view.setUint32(24, counter);
  view.setUint32(28, pages);
  view.setInt32(60, userVersion);
  view.setUint32(92, validFor);
  return bytes;
}

const whole = { fileSize: 10 * 4096, walHasFrames: false };

describe('readHeaderFinding', () => {
  it('reads a healthy header', () => {
    expect(readHeaderFinding(header(), whole)).toEqual({ kind: 'sqlite', userVersion: 5, pageSize: 4096, walMode: true });
    expect(readHeaderFinding(header({ wal: false }), whole)).toMatchObject({ walMode: false });
  });

  it('tells a file shorter than its header says', () => {
    expect(readHeaderFinding(header(), { fileSize: 5 * 4096, walHasFrames: false })).toEqual({
      kind: 'truncated',
      actualBytes: 5 * 4096,
      expectedBytes: 10 * 4096,
    });
  });

  it('does not judge the length while a -wal with frames is beside it, nor when the size field is stale', () => {
    expect(readHeaderFinding(header(), { fileSize: 5 * 4096, walHasFrames: true }).kind).toBe('sqlite');
    // Written by an old SQLite that did not keep the size: version-valid-for differs from the counter.
    expect(readHeaderFinding(header({ validFor: 3 }), { fileSize: 5 * 4096, walHasFrames: false }).kind).toBe('sqlite');
  });

  it('tells a header cut off part-way from a stranger', () => {
    expect(readHeaderFinding(header().subarray(0, 40), { fileSize: 40, walHasFrames: false })).toEqual({
      kind: 'truncated',
      actualBytes: 40,
      expectedBytes: null,
    });
    expect(readHeaderFinding(new TextEncoder().encode('SQL'), { fileSize: 3, walHasFrames: false })).toEqual({ kind: 'foreign', looksLike: 'a text file' });
  });

  it('tells a wiped header', () => {
    expect(readHeaderFinding(new Uint8Array(100), whole)).toEqual({ kind: 'zeroed' });
  });

  it('tells a damaged page size or format version', () => {
    const badPageSize = header();
    new DataView(badPageSize.buffer).setUint16(16, 1000);
    expect(readHeaderFinding(badPageSize, whole)).toEqual({ kind: 'damaged-header', detail: 'its page size reads 1000' });
    const badVersion = header();
    badVersion[18] = 9;
    expect(readHeaderFinding(badVersion, whole)).toEqual({ kind: 'damaged-header', detail: 'its format version reads 9.2' });
  });
});

describe('looksLike', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  it.each<[string, Uint8Array, string | null]>([
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'a PNG image'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'a JPEG image'],
    ['PDF', new TextEncoder().encode('%PDF-1.7\n'), 'a PDF document'],
    ['ZIP', bytes(0x50, 0x4b, 0x03, 0x04, 20, 0), 'a ZIP archive (an Excel workbook, a Word document or a .boardwalk file, say)'],
    ['CSV', new TextEncoder().encode('name,ods\r\nLeeds,RR8\r\n'), 'a text file'],
    ['UTF-8 cut in the middle of a character', new TextEncoder().encode('Café ünïcödé').subarray(0, 15), 'a text file'],
    ['binary', bytes(0x00, 0x01, 0x02, 0xfe, 0x10), null],
  ])('%s', (_name, head, expected) => {
    expect(looksLike(head)).toBe(expected);
  });
});
