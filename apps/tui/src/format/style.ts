/** ANSI styling that turns itself off when output is not a terminal (or `NO_COLOR` is set). */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  /** Marks changed characters of a diff: red background for what is wrong, green for what was expected. */
  removed(text: string): string;
  added(text: string): string;
}

const wrap = (enabled: boolean, open: number, close: number) => (text: string) =>
  enabled && text ? `\u001B[${open}m${text}\u001B[${close}m` : text;

export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    red: wrap(enabled, 31, 39),
    green: wrap(enabled, 32, 39),
    yellow: wrap(enabled, 33, 39),
    cyan: wrap(enabled, 36, 39),
    removed: wrap(enabled, 41, 49),
    added: wrap(enabled, 42, 49),
  };
}

/** Colour for a stream: on for a terminal unless `NO_COLOR` is set, or forced with `FORCE_COLOR`. */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return createStyle(true);
  return createStyle(stream.isTTY === true && !env.NO_COLOR);
}

/** Rows of cells as aligned columns; the last column is never padded (it may hold wide characters). */
export function columns(rows: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat((widths[i] ?? 0) - visibleLength(cell)) : cell))
      .join(gap)
      .trimEnd(),
  );
}

/** Length of a string without its ANSI codes. */
export const visibleLength = (text: string) => text.replace(/\u001B\[[0-9;]*m/g, '').length;
