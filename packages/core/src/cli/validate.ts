#!/usr/bin/env node
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalogue, validateContent } from '../content/catalogue.js';
import { isWriteupExportDir, validateWriteupExport } from '../content/writeup-file.js';
import { type ContentIssue, formatContentIssue } from '../errors.js';
import { bundledContentDir } from '../paths.js';

/**
 * `pnpm validate [path]`: checks a content folder (the bundled pack by
 * default), an exported write-up file (`x.yaml`) or an export folder
 * (`DIR/writeups/<id>.yaml`, no companies.yaml) against the bundled catalogue,
 * and names every bad file and field.
 */
const given = process.argv[2];
/**
 * pnpm runs this in packages/core, so a relative path means the folder pnpm
 * was started from (INIT_CWD); through turbo (`pnpm validate PATH` at the root), which
 * does not pass INIT_CWD on, the repository's root.
 */
const repositoryRoot = resolve(bundledContentDir, '../../..');
const candidates =
  given === undefined ? [bundledContentDir] : [resolve(process.env.INIT_CWD ?? process.cwd(), given), resolve(repositoryRoot, given)];
const path = candidates.find((candidate) => existsSync(candidate)) ?? (candidates[0] as string);
if (!existsSync(path)) {
  console.error(`✗ ${given}: no such file or folder`);
  process.exit(2);
}
const writeups = !statSync(path).isDirectory() || isWriteupExportDir(path);
const what = writeups ? 'write-up export' : 'content';
const issues: ContentIssue[] = writeups ? validateWriteupExport(path, loadCatalogue()) : await validateContent(path);
if (issues.length > 0) {
  console.error(`✗ ${issues.length} ${what} issue${issues.length === 1 ? '' : 's'} in ${path}:`);
  for (const issue of issues) console.error(`  ${formatContentIssue(issue)}`);
  process.exit(1);
}
console.log(`✓ ${what} in ${path} is valid`);
