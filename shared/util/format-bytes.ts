/**
 * Sizes as people read them on a file's properties: binary multiples, written GB/MB/KB as
 * Windows does, so the 1 GiB default reads "1 GB" and a 1.2 GiB file "1.2 GB".
 */
export function formatBytes(bytes: number): string {
  const units: readonly [number, string][] = [
    [2 ** 30, 'GB'],
    [2 ** 20, 'MB'],
    [2 ** 10, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = Math.round((bytes / size) * 10) / 10;
      return `${value.toLocaleString('en-GB')} ${unit}`;
    }
  }
  return bytes === 1 ? '1 byte' : `${bytes.toLocaleString('en-GB')} bytes`;
}
