import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type CliRun, collect } from './cli.js';

/** The built `pnpm validate` of `@mianjing/core`: what a person runs on an exported write-up. */
const validateScript = join(dirname(createRequire(import.meta.url).resolve('@mianjing/core')), 'cli', 'validate.js');

/** Runs the real validate CLI on a file or folder and resolves with its exit code and output. */
export function runValidate(path: string): Promise<CliRun> {
  return collect(spawn(process.execPath, [validateScript, path], { stdio: ['ignore', 'pipe', 'pipe'] }));
}
