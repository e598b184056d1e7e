import { createRequire } from 'node:module';

/**
 * Electronegativity (Doyensec) through its programmatic API. Its command line exits 0 whatever
 * it finds, so a test calls `run()` and judges the findings itself. The package is CommonJS and
 * ships no types: these are the parts of its options and result that the tests use, as
 * `dist/runner.js` of version 1.10.3 defines them.
 */
export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export type ElectronegativityIssue = {
  readonly id: string;
  readonly file: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly severity: { readonly name: Severity; readonly value: number };
  readonly confidence: { readonly name: string; readonly value: number };
  readonly manualReview: boolean;
  readonly description: string;
  readonly sample?: string;
};

export type ElectronegativityResult = {
  readonly globalChecks: number;
  readonly atomicChecks: number;
  readonly errors: ReadonlyArray<{ readonly file: string; readonly message: string; readonly tolerable: boolean }>;
  readonly issues: readonly ElectronegativityIssue[];
};

type RunOptions = {
  readonly input: string;
  readonly isRelative?: boolean;
  readonly electronVersionOverride?: string;
  readonly excludeFromScan?: readonly string[];
};

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as (options: RunOptions) => Promise<ElectronegativityResult>;
const electronVersion = (require('electron/package.json') as { version: string }).version;

/**
 * Scans a folder (or file) with every check, telling the tool the Electron version we ship so
 * that it judges options left out against that version's defaults, not Electron 0.1's.
 *
 * AvailableSecurityFixesGlobalCheck is left out: it downloads Electron's release list from
 * GitHub and its answer changes from day to day, which makes it a question for the dependency
 * review (`npm run audit:prod`, docs/SECURITY.md), not for a repeatable test. The tool still asks
 * a translation bucket for its message texts at start-up (1 s timeout, ignored offline); that
 * request carries nothing of ours and changes no finding.
 */
export async function scanWithElectronegativity(input: string): Promise<ElectronegativityResult> {
  return run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
}

const SEVERITY_VALUE: Readonly<Record<Severity, number>> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

export function atLeast(issue: ElectronegativityIssue, severity: Severity): boolean {
  return issue.severity.value >= SEVERITY_VALUE[severity];
}
