import type { Backend } from '../backend/backend.js';
import type { OptionSpec } from '../args.js';
import { safeJson } from '../format/safe-text.js';
import type { Style } from '../format/style.js';
import type { Settings } from '../settings.js';

/** What a command runs with. */
export interface CommandContext {
  readonly settings: Settings;
  /** Opened on first use, closed by the caller. */
  backend(): Backend;
  /** Writes a line (or lines) to stdout. */
  out(text: string): void;
  /** Writes a line to stderr (hints; never data). */
  warn(text: string): void;
  /** Writes a passing status line to stderr, only when it is a terminal. */
  note(text: string): void;
  /** Styling for stdout (colour only on a terminal). */
  readonly style: Style;
  /** Both stdin and stdout are terminals, so the interactive app can run. */
  readonly interactive: boolean;
}

/** One `mj` command: how it is called, its help, and what it does. Returns the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** `mj list [--company C] …` */
  readonly usage: string;
  readonly description: string;
  /** Flag → what it does, for `--help`. */
  readonly flags: readonly (readonly [string, string])[];
  readonly examples: readonly string[];
  readonly options: OptionSpec;
  run(context: CommandContext, values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

/**
 * JSON exactly as `--json` prints it: one document, two-space indented, with
 * the characters a terminal would act on escaped (it may hold people's text).
 */
export const toJson = (value: unknown) => safeJson(JSON.stringify(value, null, 2));
