import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { z } from 'zod';
import { UsageError } from './errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Flags every command takes. */
export const GLOBAL_OPTIONS = {
  server: { type: 'string' },
  token: { type: 'string' },
  offline: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** Splits `argv` into the command name and the rest, wherever global flags stand. */
export function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  const takesValue = new Set(
    Object.entries(GLOBAL_OPTIONS)
      .filter(([, o]) => o.type === 'string')
      .map(([name]) => `--${name}`),
  );
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return { command: argv[i + 1], rest: [...argv.slice(0, i), ...argv.slice(i + 2)] };
    if (takesValue.has(arg)) i++;
    else if (!arg.startsWith('-')) return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, rest: [...argv] };
}

/**
 * Parses a command's flags and positionals, turning Node's messages into one
 * line that names the flag and points at the command's help.
 */
export function parseCommandLine(command: string, args: readonly string[], options: OptionSpec) {
  try {
    return parseArgs({ args: [...args], options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const flag = /'(-[^' ]+)/.exec(message)?.[1];
    const code = (error as { code?: string }).code;
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown flag ${flag}`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `${flag?.split(' ')[0] ?? 'a flag'} ${message.includes('argument missing') ? 'needs a value' : 'does not take a value'}`
          : message.split('\n')[0];
    throw new UsageError(`${what} (see mj ${command} --help)`);
  }
}

/** Checks flag values with a schema, naming the first bad flag. */
export function checkFlags<S extends z.ZodType>(command: string, schema: S, values: unknown): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new UsageError(`invalid --${String(issue?.path[0] ?? 'flag')}: ${issue?.message ?? 'not valid'} (see mj ${command} --help)`);
}

/** Checks the number of positionals, naming what is missing or extra. */
export function expectPositionals(
  command: string,
  positionals: readonly string[],
  names: readonly string[],
  optional: readonly string[] = [],
): string[] {
  if (positionals.length < names.length) throw new UsageError(`missing <${names[positionals.length]}> (see mj ${command} --help)`);
  if (positionals.length > names.length + optional.length) {
    throw new UsageError(`unexpected argument "${positionals[names.length + optional.length]}" (see mj ${command} --help)`);
  }
  return [...positionals];
}
