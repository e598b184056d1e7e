import type { Summary } from './stats';

/**
 * What a benchmark is and what it reports. bench/run.ts loads every bench/*.bench.ts, each of
 * which exports `bench: Bench`, runs them one after another, prints their tables and writes
 * bench/results/latest.json.
 */

export type BenchContext = {
  /** A whole-number option from the command line (`--writes=2000`), or the fallback. */
  readonly option: (name: string, fallback: number) => number;
  /** Progress for the person watching; not part of the result. */
  readonly log: (message: string) => void;
};

export type Bench = {
  /** Short and file-name-like: `commit-latency`. */
  readonly name: string;
  readonly description: string;
  readonly run: (context: BenchContext) => Promise<BenchReport>;
};

/** A measured distribution, in the unit given. */
export type Series = {
  readonly label: string;
  readonly unit: string;
  readonly summary: Summary;
};

/** A target from an issue, with what was measured against it. */
export type TargetResult = {
  readonly name: string;
  /** Where the target comes from, e.g. "issue 3". */
  readonly source: string;
  /** Human wording: "p99 of session.setConsensus under 2000 µs". */
  readonly description: string;
  readonly actual: number;
  readonly limit: number;
  readonly unit: string;
  readonly met: boolean;
};

export type BenchReport = {
  readonly name: string;
  readonly description: string;
  /** Parameters the run used (iteration counts, file locations). */
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  readonly series: Readonly<Record<string, Series>>;
  /** Figures computed from the series, e.g. ratios. */
  readonly derived: Readonly<Record<string, number>>;
  readonly targets: readonly TargetResult[];
  /** Anything a reader of the figures should know. */
  readonly notes: readonly string[];
};

/** A target met when actual < limit (strictly under). */
export function under(name: string, source: string, description: string, actual: number, limit: number, unit: string): TargetResult {
  return { name, source, description, actual, limit, unit, met: actual < limit };
}

/** A target met when actual <= limit ("within"). */
export function atMost(name: string, source: string, description: string, actual: number, limit: number, unit: string): TargetResult {
  return { name, source, description, actual, limit, unit, met: actual <= limit };
}

export function isBench(value: unknown): value is Bench {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Bench, unknown>>;
  return typeof candidate.name === 'string' && typeof candidate.description === 'string' && typeof candidate.run === 'function';
}

/** Numbers as people read them: 1 decimal under 100, whole numbers above. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB');
}

/** A plain-text table, first column left-aligned and the rest right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The report as the table printed to the terminal. */
export function formatReport(report: BenchReport): string {
  const parts: string[] = [`== ${report.name}: ${report.description}`];
  const parameters = Object.entries(report.parameters).map(([key, value]) => `${key}=${String(value)}`);
  if (parameters.length > 0) parts.push(parameters.join('  '));
  const series = Object.values(report.series);
  if (series.length > 0) {
    parts.push(
      formatTable(
        ['series', 'unit', 'n', 'min', 'p50', 'p90', 'p99', 'max', 'mean'],
        series.map(({ label, unit, summary: s }) => [
          label,
          unit,
          String(s.n),
          ...[s.min, s.p50, s.p90, s.p99, s.max, s.mean].map(formatNumber),
        ]),
      ),
    );
  }
  const derived = Object.entries(report.derived);
  if (derived.length > 0) parts.push(derived.map(([key, value]) => `${key}: ${Number.isInteger(value) ? String(value) : value.toFixed(2)}`).join('\n'));
  if (report.targets.length > 0) {
    parts.push(
      formatTable(
        ['target', 'source', 'actual', 'limit', 'result'],
        report.targets.map((t) => [t.description, t.source, `${formatNumber(t.actual)} ${t.unit}`, `${formatNumber(t.limit)} ${t.unit}`, t.met ? 'met' : 'MISSED']),
      ),
    );
  }
  for (const note of report.notes) parts.push(`note: ${note}`);
  return parts.join('\n\n');
}
