/**
 * A CSS string token for `content:` in the page margins: quotes and backslashes escaped, line
 * breaks and other control characters as CSS escapes, so an organisation's name can never end
 * the string early or inject a rule.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += char;
  }
  return `${out}"`;
}
