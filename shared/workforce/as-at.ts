/**
 * The snapshots that describe the workforce as it stood on `date`: those dated on or before it,
 * newest first as given. A workshop's report and its proposed order use these, so that a report
 * printed months later shows the figures of the workshop's time, not data imported since.
 */
export function snapshotsAsAt<T extends { readonly snapshotDate: string }>(newestFirst: readonly T[], date: string): T[] {
  // ISO dates (YYYY-MM-DD) compare correctly as strings.
  return newestFirst.filter((snapshot) => snapshot.snapshotDate <= date);
}
