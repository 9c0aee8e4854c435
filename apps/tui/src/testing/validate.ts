import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CliRun } from './cli.js';

/** The built `pnpm validate` of `@mianjing/core`: what a person runs on an exported write-up. */
const validateScript = join(dirname(createRequire(import.meta.url).resolve('@mianjing/core')), 'cli', 'validate.js');

/** Runs the real validate CLI on a file or folder and resolves with its exit code and output. */
export function runValidate(path: string): Promise<CliRun> {
  const child = spawn(process.execPath, [validateScript, path], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
