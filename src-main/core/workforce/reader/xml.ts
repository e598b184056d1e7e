/**
 * A small streaming XML scanner for the parts of an .xlsx: tags and text, in blocks of any
 * size (a tag or an entity may be cut anywhere). It is not a validating parser: it reads what
 * Excel and the libraries that imitate it write, checks that tags nest, rejects a DOCTYPE
 * (entity bombs), and never keeps more than one tag and the text it was asked to capture.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const EQUALS = 0x3d;

/** What text between tags is wanted: none, only whether there is any, or the text itself. */
export type Capture = 0 | 1 | 2;
export const CAPTURE_NONE = 0;
export const CAPTURE_PRESENCE = 1;
export const CAPTURE_TEXT = 2;

export type XmlHandler = {
  /** `name` is the local name (any prefix dropped). Attributes: `scanner.attr()` during this call. */
  open(name: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Captured raw text (entities not yet decoded), given before the next tag's event. */
  text(raw: string): void;
  /** The text being captured has passed `maxText` characters; capturing stops. */
  overflow(): void;
};

const IGNORE_ALL: XmlHandler = {
  open: () => undefined,
  close: () => undefined,
  text: () => undefined,
  overflow: () => undefined,
};

/** Elements nested deeper than this are not a workbook (a sheet needs five). */
const MAX_DEPTH = 256;
/** More attributes than this on one tag is not a workbook. */
const MAX_ATTRIBUTES = 4096;

/** A tag or declaration longer than this is not something a workbook holds. */
const MAX_PENDING = 1024 * 1024;

export class XmlScanner {
  capture: Capture = CAPTURE_NONE;
  /** Set when text was seen while capturing presence; the handler resets it. */
  sawText = false;
  private pending = '';
  private parts: string[] = [];
  private partsLength = 0;
  private stopped = false;
  private tagSource = '';
  private nameEnd = 0;
  /** The elements open, outermost first: qualified names (to check closing tags) and local. */
  private readonly openNames: string[] = [];
  private readonly localNames: string[] = [];
  private depth = 0;
  /** Per attribute of the current tag: name start, name end, value start, value end. */
  private attrs = new Int32Array(4 * 16);
  private attrCount = 0;

  /** Set before the first feed: handlers usually need the scanner (for attr and capture). */
  handler: XmlHandler = IGNORE_ALL;

  constructor(
    private readonly maxText: number,
    private readonly damaged: (why: string) => Error,
  ) {}

  /** No further events: the rest of the input is ignored. */
  stop(): void {
    this.stopped = true;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** A handler may stop the scan during a call: read the flag afresh, not as narrowed. */
  private halted(): boolean {
    return this.stopped;
  }

  feed(chunk: string): void {
    if (this.stopped) return;
    const s = this.pending.length > 0 ? this.pending + chunk : chunk;
    const len = s.length;
    let pos = 0;
    while (pos < len && !this.halted()) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        this.addText(s, pos, len);
        pos = len;
        break;
      }
      if (lt > pos) this.addText(s, pos, lt);
      pos = lt;
      if (lt + 1 >= len) break;
      const c = s.charCodeAt(lt + 1);
      if (c === SLASH) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) break;
        // A closing tag must close the element open: checked in place, so no name is made.
        const depth = this.depth - 1;
        const qualified = this.openNames[depth];
        const nameEnd = trimEnd(s, lt + 2, gt);
        if (qualified === undefined || nameEnd - (lt + 2) !== qualified.length || !s.startsWith(qualified, lt + 2)) {
          throw this.damaged('a part is not well-formed XML');
        }
        this.depth = depth;
        this.flushText();
        this.handler.close(this.localNames[depth] ?? '');
        pos = gt + 1;
      } else if (c === QUESTION) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) break;
        pos = end + 2;
      } else if (c === BANG) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) break;
          pos = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) break;
          // Captured raw text is entity-decoded later: protect a literal '&' from that.
          if (this.capture === CAPTURE_TEXT) this.addRaw(s.slice(lt + 9, end).replaceAll('&', '&amp;'));
          else this.addText(s, lt + 9, end);
          pos = end + 3;
        } else if (len - lt < 9) {
          break;
        } else {
          throw this.damaged('a part has a document type declaration, which Excel never writes');
        }
      } else {
        const gt = this.scanOpenTag(s, lt, len);
        if (gt < 0) break;
        const qualified = s.slice(lt + 1, this.nameEnd);
        const name = localName(qualified);
        const selfClosing = s.charCodeAt(gt - 1) === SLASH;
        if (!selfClosing) {
          if (this.depth >= MAX_DEPTH) throw this.damaged('a part is not well-formed XML');
          this.openNames[this.depth] = qualified;
          this.localNames[this.depth] = name;
          this.depth += 1;
        }
        this.flushText();
        this.tagSource = s;
        this.handler.open(name, selfClosing);
        if (selfClosing && !this.halted()) this.handler.close(name);
        pos = gt + 1;
      }
    }
    this.pending = pos < len && !this.halted() ? s.slice(pos) : '';
    this.tagSource = '';
    if (this.pending.length > MAX_PENDING) throw this.damaged('a part is not well-formed XML');
  }

  /** The end of the input: anything left over is a tag cut short. */
  end(): void {
    if (this.stopped) return;
    if (this.pending.trim() !== '' || this.depth > 0) throw this.damaged('a part ends part-way through');
    this.flushText();
  }

  /**
   * Reads an opening tag from `lt`: its name, then each attribute's name and value positions
   * (kept for attr()), jumping over values with indexOf. Returns the index of its '>', or -1
   * when the block ends first.
   */
  private scanOpenTag(s: string, lt: number, len: number): number {
    let p = lt + 1;
    while (p < len && !endsName(s.charCodeAt(p))) p += 1;
    if (p >= len) return -1;
    if (p === lt + 1) throw this.damaged('a part is not well-formed XML');
    this.nameEnd = p;
    this.attrCount = 0;
    for (;;) {
      while (p < len && isSpace(s.charCodeAt(p))) p += 1;
      if (p >= len) return -1;
      const c = s.charCodeAt(p);
      if (c === GT) return p;
      if (c === SLASH) {
        if (p + 1 >= len) return -1;
        if (s.charCodeAt(p + 1) !== GT) throw this.damaged('a part is not well-formed XML');
        return p + 1;
      }
      const nameStart = p;
      while (p < len) {
        const ch = s.charCodeAt(p);
        if (ch === EQUALS || isSpace(ch) || ch === GT || ch === SLASH) break;
        if (ch === LT || ch === DQUOTE || ch === SQUOTE) throw this.damaged('a part is not well-formed XML');
        p += 1;
      }
      const nameStop = p;
      while (p < len && isSpace(s.charCodeAt(p))) p += 1;
      if (p >= len) return -1;
      if (s.charCodeAt(p) !== EQUALS) throw this.damaged('a part is not well-formed XML');
      p += 1;
      while (p < len && isSpace(s.charCodeAt(p))) p += 1;
      if (p >= len) return -1;
      const quote = s.charCodeAt(p);
      if (quote !== DQUOTE && quote !== SQUOTE) throw this.damaged('a part is not well-formed XML');
      const close = s.indexOf(quote === DQUOTE ? '"' : "'", p + 1);
      if (close < 0) return -1;
      const at = this.attrCount * 4;
      if (at + 4 > this.attrs.length) {
        if (this.attrs.length >= MAX_ATTRIBUTES * 4) throw this.damaged('a part is not well-formed XML');
        const grown = new Int32Array(this.attrs.length * 2);
        grown.set(this.attrs);
        this.attrs = grown;
      }
      this.attrs[at] = nameStart;
      this.attrs[at + 1] = nameStop;
      this.attrs[at + 2] = p + 1;
      this.attrs[at + 3] = close;
      this.attrCount += 1;
      p = close + 1;
    }
  }

  /**
   * Which attribute of the tag being opened has this name (-1: none). With valueStart/End and
   * `source`, a hot caller reads a value in place instead of slicing and decoding a string.
   */
  attrIndex(name: string): number {
    const s = this.tagSource;
    const attrs = this.attrs;
    for (let i = 0; i < this.attrCount; i += 1) {
      const from = attrs[i * 4] ?? 0;
      if ((attrs[i * 4 + 1] ?? 0) - from === name.length && s.startsWith(name, from)) return i;
    }
    return -1;
  }

  valueStart(index: number): number {
    return this.attrs[index * 4 + 2] ?? 0;
  }

  valueEnd(index: number): number {
    return this.attrs[index * 4 + 3] ?? 0;
  }

  /** The text the current tag is in (valid during open()). */
  get source(): string {
    return this.tagSource;
  }

  /**
   * An attribute of the tag being opened, entity-decoded, or null. `prefixed` matches a
   * namespaced attribute by its local name whatever the prefix (r:id, or x:id from other tools).
   */
  attr(name: string, prefixed = false): string | null {
    const s = this.tagSource;
    const attrs = this.attrs;
    for (let i = 0; i < this.attrCount; i += 1) {
      const from = attrs[i * 4] ?? 0;
      const to = attrs[i * 4 + 1] ?? 0;
      let start = from;
      if (prefixed) {
        const colon = s.indexOf(':', from);
        if (colon < 0 || colon >= to) continue;
        // xmlns:r="…" declares a prefix; it is not an attribute of the element.
        if (colon - from === 5 && s.startsWith('xmlns', from)) continue;
        start = colon + 1;
      }
      if (to - start === name.length && s.startsWith(name, start)) {
        return decodeXmlText(s.slice(attrs[i * 4 + 2] ?? 0, attrs[i * 4 + 3] ?? 0));
      }
    }
    return null;
  }

  private addText(s: string, from: number, to: number): void {
    if (this.capture === CAPTURE_NONE || from >= to) return;
    if (this.capture === CAPTURE_PRESENCE) {
      this.sawText = true;
      return;
    }
    this.addRaw(s.slice(from, to));
  }

  private addRaw(text: string): void {
    this.parts.push(text);
    this.partsLength += text.length;
    if (this.partsLength > this.maxText) {
      this.parts.length = 0;
      this.partsLength = 0;
      this.capture = CAPTURE_NONE;
      this.handler.overflow();
    }
  }

  private flushText(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    this.parts.length = 0;
    this.partsLength = 0;
    this.handler.text(text);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function endsName(c: number): boolean {
  return isSpace(c) || c === SLASH || c === GT;
}

function trimEnd(s: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(s.charCodeAt(end - 1))) end -= 1;
  return end;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five XML entities and numeric character references; anything else is kept as written. */
export function decodeXmlText(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0) break;
    const decoded = semi - amp <= 10 ? decodeEntity(raw.slice(amp + 1, semi)) : undefined;
    if (decoded === undefined) {
      amp = raw.indexOf('&', amp + 1);
      continue;
    }
    out += raw.slice(from, amp) + decoded;
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function decodeEntity(entity: string): string | undefined {
  if (entity.charCodeAt(0) !== 0x23) return NAMED[entity];
  let code = Number.NaN;
  const hex = entity.charCodeAt(1) === 0x78 || entity.charCodeAt(1) === 0x58;
  const digits = entity.slice(hex ? 2 : 1);
  if (hex ? /^[0-9a-fA-F]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits)) code = Number.parseInt(digits, hex ? 16 : 10);
  if (Number.isNaN(code)) return undefined;
  // Surrogates and values past U+10FFFF are not characters: the usual replacement stands in.
  return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

/**
 * Excel writes characters XML cannot carry (a carriage return, say) as _xHHHH_ in string
 * cells, and a literal "_x" as _x005F_x (ECMA-376 part 1, 22.9.2.19).
 */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

