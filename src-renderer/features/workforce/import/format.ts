/** Whole percent read, never 100 until the read is over. */
export function percentRead(bytesRead: number, totalBytes: number): number {
  if (totalBytes <= 0) return 0;
  return Math.min(99, Math.floor((bytesRead / totalBytes) * 100));
}
