/** A run of text on one side of a comparison, `changed` where the other side differs. */
export interface Segment {
  readonly text: string;
  readonly changed: boolean;
}

/** JSON split into strings, numbers, words, punctuation and whitespace. */
const TOKEN = /"(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_]+|\s+|./gs;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Above this many cells the full table costs too much; only the common ends are matched. */
const MAX_CELLS = 4_000_000;

function merge(parts: { text: string; changed: boolean }[]): Segment[] {
  const out: { text: string; changed: boolean }[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.changed === part.changed) last.text += part.text;
    else if (part.text) out.push({ ...part });
  }
  return out;
}

/**
 * Marks where an expected and an actual value (as JSON text) differ, token
 * by token (a longest common subsequence), so `[1,2,3]` against `[1,5,3]`
 * marks only the `2` and the `5`. Whitespace never counts as a difference.
 *
 * @example diffJson('[1,2,3]', '[1,5,3]').expected
 * // [{ text: '[1,', changed: false }, { text: '2', changed: true }, { text: ',3]', changed: false }]
 */
export function diffJson(expected: string, actual: string): { expected: Segment[]; actual: Segment[] } {
  const a = tokens(expected);
  const b = tokens(actual);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const keepA = new Array<boolean>(midA.length).fill(false);
  const keepB = new Array<boolean>(midB.length).fill(false);

  if (midA.length * midB.length <= MAX_CELLS && midA.length > 0 && midB.length > 0) {
    const n = midA.length;
    const m = midB.length;
    // lengths[i][j]: LCS of midA[i..] and midB[j..], in one flat array.
    const lengths = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * (m + 1) + j] =
          midA[i] === midB[j]
            ? (lengths[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
            : Math.max(lengths[(i + 1) * (m + 1) + j] ?? 0, lengths[i * (m + 1) + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        keepA[i++] = true;
        keepB[j++] = true;
      } else if ((lengths[(i + 1) * (m + 1) + j] ?? 0) >= (lengths[i * (m + 1) + j + 1] ?? 0)) i++;
      else j++;
    }
  }

  const side = (all: string[], mid: string[], keep: boolean[]): Segment[] =>
    merge([
      { text: all.slice(0, start).join(''), changed: false },
      ...mid.map((text, k) => ({ text, changed: !keep[k] && !/^\s+$/.test(text) })),
      { text: all.slice(start + mid.length).join(''), changed: false },
    ]);
  return { expected: side(a, midA, keepA), actual: side(b, midB, keepB) };
}
