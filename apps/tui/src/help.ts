import type { Command } from './commands/command.js';
import { commands } from './commands/index.js';
import { columns } from './format/style.js';

const GLOBAL_FLAGS: readonly (readonly [string, string])[] = [
  ['--server URL', 'use a Mianjing server instead of working offline (or `server` in config.json)'],
  ['--token T', 'your token on that server (mj signup creates one)'],
  ['--offline', 'work offline even when config.json names a server'],
  ['--lang zh|en', 'language of statements, titles and cards'],
  ['-h, --help', 'help for mj or for a command'],
];

const table = (rows: readonly (readonly [string, string])[]) => columns(rows.map(([a, b]) => [`  ${a}`, b])).join('\n');

/** `mj --help`. */
export function globalHelp(): string {
  return `mj — Mianjing in the terminal: practise the interview rounds of real write-ups.

usage: mj [command] [arguments] [flags]

Without a command, mj opens the interactive app: the interview timeline, the
problem list, problems with your editor and the judge, flashcards and progress.

Commands:
${table(commands.map((c) => [c.name, c.summary]))}

Flags for every command:
${table(GLOBAL_FLAGS)}

Offline (the default) the judge runs on this machine and your progress is kept
in $MIANJING_HOME/mianjing.db (~/.mianjing/ by default). With a server, every
command goes through its HTTP API instead and prints the same output.

Exit codes: 0 done (Accepted, correct answer); 1 judged but not Accepted, or a
wrong answer; 2 not done (bad usage, unknown id, missing file, no server).

Examples:
  mj list --company pdd
  mj start sqrt-x            # writes ./mianjing/sqrt-x.ts
  mj test sqrt-x && mj submit sqrt-x
  mj review
  mj submit --help`;
}

/** `mj <command> --help`. */
export function commandHelp(command: Command): string {
  const flags = [...command.flags, ...GLOBAL_FLAGS];
  return `usage: ${command.usage}

${command.description}

Flags:
${table(flags)}

Examples:
${command.examples.map((e) => `  ${e}`).join('\n')}`;
}
