import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The built `mj`: tests run what a person installs. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** A fresh folder. */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `mj-${prefix}-`));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli.js …` as a subprocess with its own MIANJING_HOME (and
 * no server settings from the environment) and resolves when it exits.
 */
export function runMj(args: readonly string[], options: { home: string; cwd?: string; env?: Record<string, string> }): Promise<CliRun> {
  const { MIANJING_SERVER: _server, MIANJING_TOKEN: _token, FORCE_COLOR: _color, npm_lifecycle_event: _script, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, MIANJING_HOME: options.home, NO_COLOR: '1', ...options.env };
  return collect(spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd ?? options.home, env, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** A child's exit code and whole output, once it has exited. */
export function collect(child: ChildProcessByStdio<null, Readable, Readable>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  // Decode as a stream: a character of several bytes can fall across two chunks of a long output.
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
