import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that it is either the old one or the whole new one, never half: the bytes go
 * to `<path>.tmp-<random>` in the same folder (so the rename stays on one file system), are
 * flushed to disk, then renamed over the target. The temporary file is removed on any failure.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const temporary = `${target}.tmp-${crypto.randomBytes(6).toString('hex')}`;
  let fd: number | null = null;
  try {
    fd = fs.openSync(temporary, 'wx', 0o644);
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(target));
}

/** Makes the rename itself durable where the platform allows a folder to be opened (not Windows). */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Best effort: the file is already complete under its name.
  }
}
