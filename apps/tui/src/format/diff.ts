/** A stretch of text that is the same on both sides, or only on this side. */
export interface DiffPart {
  readonly text: string;
  readonly changed: boolean;
}

/** Above this many token pairs the diff falls back to common prefix and suffix. */
const MAX_CELLS = 2_000_000;

const tokenize = (json: string) => json.match(/"(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_]+|\s+|[^]/g) ?? [];

/**
 * Marks what differs between the expected and the actual output, token by
 * token (numbers, strings and punctuation of the JSON), so a wrong `4` in
 * `[1,2,4]` is what lights up.
 *
 * @example diffValues('[1,2,3]', '[1,2,4]').actual
 * // [{ text: '[1,2,', changed: false }, { text: '4', changed: true }, { text: ']', changed: false }]
 */
export function diffValues(expected: string, actual: string): { expected: DiffPart[]; actual: DiffPart[] } {
  const a = tokenize(expected);
  const b = tokenize(actual);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const [keepA, keepB] =
    midA.length * midB.length <= MAX_CELLS ? commonSubsequence(midA, midB) : [midA.map(() => false), midB.map(() => false)];
  const parts = (tokens: string[], mid: boolean[]) =>
    merge([
      ...tokens.slice(0, prefix).map((text) => ({ text, changed: false })),
      ...mid.map((kept, i) => ({ text: tokens[prefix + i] as string, changed: !kept })),
      ...tokens.slice(tokens.length - suffix).map((text) => ({ text, changed: false })),
    ]);
  return { expected: parts(a, keepA), actual: parts(b, keepB) };
}

/** Which tokens of each side belong to a longest common subsequence. */
function commonSubsequence(a: readonly string[], b: readonly string[]): [boolean[], boolean[]] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] as number) + 1
          : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  const keepA = a.map(() => false);
  const keepB = b.map(() => false);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      keepA[i++] = true;
      keepB[j++] = true;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) i++;
    else j++;
  }
  return [keepA, keepB];
}

function merge(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous && previous.changed === part.changed) out[out.length - 1] = { text: previous.text + part.text, changed: part.changed };
    else if (part.text) out.push(part);
  }
  return out;
}

/** Offset of the first changed character, or -1. */
export function firstChange(parts: readonly DiffPart[]): number {
  let offset = 0;
  for (const part of parts) {
    if (part.changed) return offset;
    offset += part.text.length;
  }
  return -1;
}
