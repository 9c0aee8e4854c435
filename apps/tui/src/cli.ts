#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { Locale, ProblemFilter, loadCatalogue } from '@mianjing/core';
import { formatProblemList } from './list.js';

const USAGE = `usage: mj list [--company C] [--round R] [--kind K] [--tag T] [--difficulty D] [--lang zh|en]`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'list') {
    console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      company: { type: 'string' },
      round: { type: 'string' },
      kind: { type: 'string' },
      tag: { type: 'string' },
      difficulty: { type: 'string' },
      lang: { type: 'string', default: 'en' },
    },
  });
  const { lang, ...filterValues } = values;
  const filter = ProblemFilter.safeParse(filterValues);
  const locale = Locale.safeParse(lang);
  if (!filter.success || !locale.success) {
    const field = filter.success ? 'lang' : String(filter.error.issues[0]?.path[0]);
    console.error(`mj: invalid --${field}\n${USAGE}`);
    return 2;
  }
  console.log(formatProblemList(loadCatalogue(), filter.data, locale.data));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
