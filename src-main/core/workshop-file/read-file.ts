import crypto from 'node:crypto';
import fs from 'node:fs';
import { formatBytes } from '../../../shared/util/format-bytes';
import { WORKSHOP_FILE_MAX_BYTES } from '../../../shared/workshop-file/format';
import { NOT_A_WORKSHOP_FILE, readWorkshopFileText, TRUNCATED_FILE } from '../../../shared/workshop-file/validate';
import type { ReadResult } from '../../../shared/workshop-file/validate';

export type FileRead = ReadResult & { readonly sizeBytes: number; readonly sha256: string };

export class UnreadableFileError extends Error {}

/**
 * A workshop file from disk, checked before its text is parsed: not too large, not compressed
 * or zipped (people zip attachments), UTF-8. Throws UnreadableFileError when it cannot be read
 * at all (gone, a folder, no permission).
 */
export function readWorkshopFile(filePath: string, maxBytes = WORKSHOP_FILE_MAX_BYTES): FileRead {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new UnreadableFileError('not a file');
    if (stat.size > maxBytes) {
      return refused(stat.size, '', [
        `The file is too large to be a workshop file (${formatBytes(stat.size)}; the largest Boardwalk opens is ${formatBytes(maxBytes)}).`,
      ]);
    }
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(error instanceof Error ? error.message : String(error));
  }
  // The size may have changed between the two calls; the bytes read are what count.
  if (bytes.length > maxBytes) return refused(bytes.length, '', [`The file is too large to be a workshop file (more than ${formatBytes(maxBytes)}).`]);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const fromBytes = readBytes(bytes);
  return { ...fromBytes, sizeBytes: bytes.length, sha256 };
}

function refused(sizeBytes: number, sha256: string, problems: string[]): FileRead {
  return { ok: false, kind: 'not-workshop-file', problems, sizeBytes, sha256 };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function readBytes(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    return {
      ok: false,
      kind: 'not-workshop-file',
      problems: ['This file is compressed (gzip). Workshop files are plain text: decompress it first, or ask for the .boardwalk file itself.'],
    };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return {
      ok: false,
      kind: 'not-workshop-file',
      problems: ['This is a zip archive (or a Word or Excel document), not a workshop file. If it is a zip, extract the .boardwalk file from it first.'],
    };
  }
  let text: string;
  try {
    // The decoder drops a byte order mark, which Notepad adds.
    text = decoder.decode(bytes);
  } catch {
    // Cut off in the middle of a character: the file is short, not in another encoding.
    const cutShort = [1, 2, 3].some((k) => bytes.length > k && decodes(bytes.subarray(0, bytes.length - k)));
    if (cutShort) return { ok: false, kind: 'truncated', problems: [TRUNCATED_FILE] };
    return { ok: false, kind: 'not-json', problems: [`${NOT_A_WORKSHOP_FILE} It is not UTF-8 text, which workshop files are.`] };
  }
  return readWorkshopFileText(text);
}

function decodes(bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
