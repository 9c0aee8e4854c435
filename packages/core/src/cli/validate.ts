#!/usr/bin/env node
import { formatContentIssue } from '../errors.js';
import { validateContent } from '../content/catalogue.js';
import { bundledContentDir } from '../paths.js';

/** `pnpm validate [dir]`: checks a content folder and names every bad file and field. */
const dir = process.argv[2] ?? bundledContentDir;
const issues = await validateContent(dir);
if (issues.length > 0) {
  console.error(`✗ ${issues.length} content issue${issues.length === 1 ? '' : 's'} in ${dir}:`);
  for (const issue of issues) console.error(`  ${formatContentIssue(issue)}`);
  process.exit(1);
}
console.log(`✓ content in ${dir} is valid`);
