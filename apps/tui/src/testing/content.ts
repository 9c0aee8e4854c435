import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledContentDir } from '@mianjing/core';

/** A solution file from the content pack (`reference.ts`, `wrong-….js`). */
export const contentSolution = (problemId: string, file: string) => readFileSync(join(bundledContentDir, 'problems', problemId, 'solutions', file), 'utf8');
