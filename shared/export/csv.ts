/**
 * CSV for spreadsheets, guarded against formula injection (OWASP, "CSV Injection"): a cell a
 * spreadsheet could read as a formula or a command is neutralised with a leading single quote.
 *
 * The triggers are the OWASP list: `=`, `+`, `-`, `@`, tab, carriage return, line feed, and NUL
 * (which some readers drop, exposing whatever follows). A quote prefix shows in the cell as
 * text, so a value that merely starts with one (a negative number such as `-3`, an owner called
 * "@home") comes back as `'-3`: acceptable, and documented, since Boardwalk never exports a
 * negative number and a visible quote is better than a formula that runs.
 */

export const CSV_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'];

/** True when a spreadsheet might treat the cell as a formula or command. */
export function startsWithTrigger(value: string): boolean {
  return value.length > 0 && CSV_TRIGGERS.includes(value.charAt(0));
}

/** The cell as text a spreadsheet will not evaluate: a trigger at the start gets a `'` in front. */
export function guardCell(value: string): string {
  return startsWithTrigger(value) ? `'${value}` : value;
}

/** The byte-order mark, so Excel reads the file as UTF-8 (names with accents, en dashes). */
export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field under RFC 4180: quoted when it holds a quote, a comma, CR or LF; quotes doubled. */
function field(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * RFC 4180 text with CRLF line ends (one after every record, the last included), a UTF-8 BOM in
 * front, and every cell passed through guardCell first.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map((cell) => field(guardCell(cell))).join(',') + '\r\n').join('');
}
