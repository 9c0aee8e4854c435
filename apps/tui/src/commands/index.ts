import type { Command } from './command.js';
import { collections, interviews, list, show } from './catalogue.js';
import { answer, progress, review } from './practice.js';
import { config, signup } from './setup.js';
import { start, submit, test } from './solve.js';
import { writeup } from './writeup.js';

/** Every command, in the order `mj --help` lists them. */
export const commands: readonly Command[] = [
  list,
  show,
  start,
  test,
  submit,
  answer,
  review,
  progress,
  interviews,
  collections,
  writeup,
  config,
  signup,
];

export const findCommand = (name: string) => commands.find((c) => c.name === name);
