/**
 * One line of input in the three forms the parser reads it in:
 *
 * - `text`: the line as written (trimmed), which is what goes into the draft;
 * - `norm`: NFKC character by character (full-width ：（）１２３ become :()123),
 *   circled and keycap numbers written as `(1)`, whitespace runs as one space;
 *   structure (bullets, colons, question marks, brackets, dates) is read here;
 * - `key`: `norm` lower-cased with only letters and digits kept (no spaces,
 *   no punctuation, no emoji); names and keywords are matched here, so
 *   `移掉 K 位数字`, `移掉K位数字` and `移掉ｋ位数字` are one key.
 *
 * `normToText` and `keyToNorm` map every position back, so a span found in
 * `key` or `norm` is cut out of the original `text`.
 */
export interface NormalisedLine {
  readonly text: string;
  readonly norm: string;
  readonly key: string;
  /**
   * `normToText[i]`: index in `text` of the character `norm[i]` came from; one extra entry for the end.
   * May be longer, and shared between lines (when `norm` is `text`): read it, never write to it.
   */
  readonly normToText: readonly number[];
  /** `keyToNorm[i]`: index in `norm` of `key[i]` (its entry for the end may be wrong: never read it). Shared the same way. */
  readonly keyToNorm: readonly number[];
}

const nfkcCache = new Map<string, string>();

/** NFKC of one character, with the few mappings NFKC lacks that write-ups use as list markers. */
function normaliseChar(ch: string, code: number): string {
  // Circled numbers ①–⑳ and the dingbat ones ❶–❿ ➀–➉ ➊–➓: list markers, kept as `(n)`.
  if (code >= 0x2460 && code <= 0x2473) return `(${code - 0x2460 + 1})`;
  if (code >= 0x2776 && code <= 0x277f) return `(${code - 0x2776 + 1})`;
  if (code >= 0x2780 && code <= 0x2789) return `(${code - 0x2780 + 1})`;
  if (code >= 0x278a && code <= 0x2793) return `(${code - 0x278a + 1})`;
  // Variation selectors vanish; a keycap (1️⃣) closes its digit like `1)`.
  if (code === 0xfe0f || code === 0xfe0e) return '';
  if (code === 0x20e3) return ')';
  // Ideographic full stop and comma stay as they are (NFKC keeps them too); 【】 read as brackets.
  if (code === 0x3010) return '[';
  if (code === 0x3011) return ']';
  let out = nfkcCache.get(ch);
  if (out === undefined) {
    out = ch.normalize('NFKC');
    if (nfkcCache.size < 10_000) nfkcCache.set(ch, out);
  }
  return out;
}

/** CJK ideographs (the unified blocks, extension A and the compatibility block) and astral extensions. */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code >= 0x20000;
}

const wordCharCache = new Map<number, boolean>();
const letterOrNumber = /^[\p{L}\p{N}]$/u;

/** A letter or digit of any script (what a key keeps). */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (isCjk(code)) return true;
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = letterOrNumber.test(String.fromCodePoint(code));
    wordCharCache.set(code, known);
  }
  return known;
}

/** ASCII letter or digit: the characters whose neighbours decide whether an English keyword stands alone. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0x200b || (code >= 0x2000 && code <= 0x200a);
}

/**
 * UTF-16 units being collected, with, for each, where it came from. One pair
 * of buffers serves every line (a line is normalised at once, never inside
 * another), so a short line allocates only what it returns.
 */
class Builder {
  // Plain arrays of small integers, written by index and never shrunk: `String.fromCharCode.apply` is fastest on them.
  readonly units: number[] = new Array(1024).fill(0);
  readonly from: number[] = new Array(1024).fill(0);
  length = 0;
  /** Whether every unit so far came from the same index of `source`… */
  sameOrigins = true;
  /** …and is the unit there. */
  same = true;
  source = '';

  reset(source: string): void {
    this.length = 0;
    this.sameOrigins = true;
    this.same = true;
    this.source = source;
  }
  push(unit: number, from: number): void {
    const at = this.length;
    this.units[at] = unit;
    this.from[at] = from;
    if (from !== at) {
      this.sameOrigins = false;
      this.same = false;
    } else if (this.same && this.source.charCodeAt(at) !== unit) this.same = false;
    this.length = at + 1;
  }
  pop(): void {
    this.length--;
  }
  /** The units as a string: `source` itself when they are its first `length` units. */
  text(): string {
    if (this.same && this.length === this.source.length) return this.source;
    let out = '';
    for (let i = 0; i < this.length; i += 4096)
      out += String.fromCharCode.apply(null, this.units.slice(i, Math.min(this.length, i + 4096)));
    return out;
  }
  /**
   * The origins, with one more entry for the end; shared and read-only when every unit came from its own index and
   * the end is right after the last, or (`endMayDiffer`: a reader never asks for the end) whatever the end.
   */
  origins(end: number, endMayDiffer = false): readonly number[] {
    const length = this.length;
    if (this.sameOrigins && (end === length || endMayDiffer)) return identity(length);
    const out = this.from.slice(0, length + 1);
    out[length] = end;
    return out;
  }
}

let identityArray: number[] = [0];

/** `[0, 1, …, length]` (or longer): the origins of units that are where they came from. Never written to by its readers. */
function identity(length: number): readonly number[] {
  if (identityArray.length <= length) {
    const grown: number[] = [];
    const size = Math.max(length + 1, identityArray.length * 2);
    for (let i = 0; i < size; i++) grown.push(i);
    identityArray = grown;
  }
  return identityArray;
}

const normBuilder = new Builder();
const keyBuilder = new Builder();

/**
 * Normalises one line (already trimmed). Linear in its length: every
 * character is looked at once, NFKC only for characters outside ASCII and
 * the main CJK block.
 */
export function normaliseLine(text: string): NormalisedLine {
  const norm = normBuilder;
  norm.reset(text);
  let lastWasSpace = true;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) {
      if (isSpace(code) || code === 10 || code === 13) {
        if (!lastWasSpace) norm.push(32, i);
        lastWasSpace = true;
      } else {
        norm.push(code, i);
        lastWasSpace = false;
      }
      i++;
      continue;
    }
    const point = text.codePointAt(i) ?? code;
    const width = point > 0xffff ? 2 : 1;
    const piece = normaliseChar(text.slice(i, i + width), point);
    for (let j = 0; j < piece.length; j++) {
      const c = piece.charCodeAt(j);
      if (isSpace(c) || c === 10 || c === 13) {
        if (!lastWasSpace) norm.push(32, i);
        lastWasSpace = true;
      } else {
        norm.push(c, i);
        lastWasSpace = false;
      }
    }
    i += width;
  }
  if (norm.length > 0 && norm.units[norm.length - 1] === 32) norm.pop();
  const normText = norm.text();
  const normToText = norm.origins(text.length);

  const key = keyBuilder;
  key.reset(normText);
  for (let i = 0; i < normText.length; ) {
    const code = normText.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) key.push(code + 32, i);
      else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) key.push(code, i);
      i++;
      continue;
    }
    if (code >= 0x4e00 && code <= 0x9fff) {
      key.push(code, i);
      i++;
      continue;
    }
    const point = normText.codePointAt(i) ?? code;
    const width = point > 0xffff ? 2 : 1;
    if (isWordChar(point)) {
      const original = normText.slice(i, i + width);
      const lower = isCjk(point) ? original : original.toLowerCase();
      const chosen = lower.length === width ? lower : original;
      for (let j = 0; j < width; j++) key.push(chosen.charCodeAt(j), i + j);
    }
    i += width;
  }
  const keyText = key.text();
  const keyToNorm = key.origins(normText.length, true);
  norm.source = '';
  key.source = '';
  return { text, norm: normText, key: keyText, normToText, keyToNorm };
}

/** Normalises a name or keyword the way `normaliseLine` makes a key, for indexing. */
export function keyOf(text: string): string {
  return normaliseLine(text.trim()).key;
}

/** The original text of `norm[start, end)`, trimmed. */
export function textOfNorm(line: NormalisedLine, start: number, end: number): string {
  const from = line.normToText[Math.max(0, Math.min(start, line.norm.length))] ?? 0;
  const to = line.normToText[Math.max(0, Math.min(end, line.norm.length))] ?? line.text.length;
  return line.text.slice(from, to).trim();
}
