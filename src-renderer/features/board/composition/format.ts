import type { BoardVoice, CompositionFinding, CompositionStatus, FindingCounts, RuleOutcome } from '../../../../shared/board/composition';

/** Words for the composition check; every judgement comes from shared/board/composition. */

export const STATUS_TAGS: Readonly<Record<CompositionStatus, { readonly text: string; readonly className: string }>> = {
  met: { text: 'Met', className: 'nhsuk-tag--green' },
  'not-met': { text: 'Not met', className: 'nhsuk-tag--red' },
  'cannot-tell': { text: 'Cannot tell', className: 'nhsuk-tag--yellow' },
  guidance: { text: 'Guidance', className: 'nhsuk-tag--blue' },
};

export const VOICE_TAGS: Readonly<Record<BoardVoice, { readonly text: string; readonly className: string }>> = {
  voice: { text: 'Voting voice', className: 'nhsuk-tag--green' },
  'non-voting-only': { text: 'Non-voting only', className: 'nhsuk-tag--yellow' },
  missing: { text: 'Missing', className: 'nhsuk-tag--orange' },
};

const WOULD_BE: Readonly<Record<RuleOutcome, string>> = {
  met: 'Would be met',
  'not-met': 'Would not be met',
  'cannot-tell': 'Cannot tell',
};

const PROMPT_OUTCOME: Readonly<Record<RuleOutcome, string>> = {
  met: 'The board has one',
  'not-met': 'None on the board',
  'cannot-tell': 'Cannot tell',
};

/** Under a guidance tag: what the rule finds of this board, so "for reference" still says something. */
export function guidanceOutcomeText(finding: CompositionFinding): string {
  return finding.ruleId === 'clinical-non-executive' ? PROMPT_OUTCOME[finding.outcome] : WOULD_BE[finding.outcome];
}

const rules = (n: number) => (n === 1 ? '1 rule' : `${n} rules`);

/** "2 rules not met, 1 cannot tell, 3 met", "All 7 rules met", "10 rules shown for reference". */
export function summaryText(counts: FindingCounts, apply: boolean): string {
  if (!apply) return `${rules(counts.guidance)} shown for reference only`;
  const checked = counts.met + counts['not-met'] + counts['cannot-tell'];
  if (counts['not-met'] === 0 && counts['cannot-tell'] === 0) return checked === 1 ? 'The 1 rule is met' : `All ${checked} rules met`;
  // The first part carries the word "rules": "2 rules not met, 1 cannot tell, 4 met" or "6 rules met, 1 cannot tell".
  if (counts['not-met'] > 0) {
    const parts = [`${rules(counts['not-met'])} not met`];
    if (counts['cannot-tell'] > 0) parts.push(`${counts['cannot-tell']} cannot tell`);
    if (counts.met > 0) parts.push(`${counts.met} met`);
    return parts.join(', ');
  }
  const parts = counts.met > 0 ? [`${rules(counts.met)} met`, `${counts['cannot-tell']} cannot tell`] : [`${rules(counts['cannot-tell'])}: cannot tell`];
  return parts.join(', ');
}
