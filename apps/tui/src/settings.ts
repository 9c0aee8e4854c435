import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Language, Locale } from '@mianjing/core';
import { z } from 'zod';
import { UsageError } from './errors.js';

/** `config.json` in the Mianjing home folder; every key is optional. */
export const Config = z
  .object({
    /** Origin of a Mianjing server (`http://127.0.0.1:8787`); unset means offline. */
    server: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8787' }).optional(),
    /** Bearer token for the server, from `mj signup` or `POST /api/v1/users`. */
    token: z.string().regex(/^\S+$/, 'must be a token without spaces').optional(),
    /** Folder for solution files, relative to where `mj` runs (default `mianjing`). */
    workspace: z.string().min(1).optional(),
    /** Language of new solution files (default `typescript`). */
    language: Language.optional(),
    /** Language of statements and messages (default `en`). */
    lang: Locale.optional(),
  })
  .strict();
export type Config = z.infer<typeof Config>;
export type ConfigKey = keyof Config;
export const configKeys = Object.keys(Config.shape) as ConfigKey[];

/** Where `mj` keeps its database, local account and config: `$MIANJING_HOME` or `~/.mianjing`. */
export function mianjingHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.MIANJING_HOME ? resolve(env.MIANJING_HOME) : join(homedir(), '.mianjing');
}

export const configPath = (home: string) => join(home, 'config.json');

const issueText = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(file)'}: ${issue.message}`).join('; ');

/** Reads and checks `config.json`; a missing file is an empty config. */
export function readConfig(home: string): Config {
  const path = configPath(home);
  if (!existsSync(path)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`${path} is not valid JSON`);
  }
  const parsed = Config.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${path} → ${issueText(parsed.error)}`);
  return parsed.data;
}

/** Writes `config.json` readable only by its owner (it may hold a token). */
export function writeConfig(home: string, config: Config): void {
  mkdirSync(home, { recursive: true });
  const path = configPath(home);
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** Checks one value for a config key, naming the key when it is wrong. */
export function parseConfigValue(key: ConfigKey, value: string): Config {
  const parsed = Config.safeParse({ [key]: value });
  if (!parsed.success) throw new UsageError(`invalid ${key}: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
  return parsed.data;
}

/** Flags every command accepts, as parsed (their values are checked by `resolveSettings`). */
export const GlobalFlags = z.object({
  server: z.string().optional(),
  token: z.string().optional(),
  offline: z.boolean().optional(),
  lang: z.string().optional(),
});
export type GlobalFlags = z.infer<typeof GlobalFlags>;

/** Everything a command needs to know about where and how it runs. */
export interface Settings {
  readonly home: string;
  /** Set in server mode. */
  readonly server: { readonly origin: string; readonly token: string | undefined } | undefined;
  /** Absolute path of the folder for solution files. */
  readonly workspace: string;
  readonly language: Language;
  readonly locale: Locale;
  /** Where relative paths on the command line start. */
  readonly cwd: string;
}

/** `http://host:8787/api/v1/` → `http://host:8787`. */
export const serverOrigin = (url: string) => url.replace(/\/+$/, '').replace(/\/api\/v1$/, '');

/**
 * Settings from, in order of precedence: flags, `MIANJING_SERVER` /
 * `MIANJING_TOKEN`, `config.json`, defaults. Every value is checked.
 */
export function resolveSettings(flags: GlobalFlags, env: NodeJS.ProcessEnv = process.env): Settings {
  const home = mianjingHome(env);
  const config = readConfig(home);
  const fromFlags = Config.pick({ server: true, token: true, lang: true }).safeParse({
    server: flags.server ?? env.MIANJING_SERVER,
    token: flags.token ?? env.MIANJING_TOKEN,
    lang: flags.lang,
  });
  if (!fromFlags.success) {
    const issue = fromFlags.error.issues[0];
    throw new UsageError(`invalid --${String(issue?.path[0])}: ${issue?.message ?? 'not valid'}`);
  }
  const server = flags.offline ? undefined : (fromFlags.data.server ?? config.server);
  const token = fromFlags.data.token ?? config.token;
  const cwd = invocationDir(env);
  return {
    home,
    server: server ? { origin: serverOrigin(server), token } : undefined,
    workspace: resolve(cwd, config.workspace ?? 'mianjing'),
    language: config.language ?? 'typescript',
    locale: fromFlags.data.lang ?? config.lang ?? 'en',
    cwd,
  };
}

/**
 * `pnpm mj …` runs the script in the repository root; pnpm passes the folder
 * the person typed the command in as INIT_CWD, so files land where they are.
 */
function invocationDir(env: NodeJS.ProcessEnv): string {
  return env.npm_lifecycle_event === 'mj' && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}
