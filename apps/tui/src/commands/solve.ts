import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Language, type PublicProblem, type TestInput } from '@mianjing/core';
import { MAX_CUSTOM_INPUTS, MAX_SOURCE_BYTES } from '@mianjing/core/judge';
import { z } from 'zod';
import { checkFlags, expectPositionals } from '../args.js';
import { UsageError } from '../errors.js';
import { formatSubmission } from '../format/result.js';
import { findSolution, languageOfPath, writeStarter } from '../workspace.js';
import { type Command, type CommandContext, toJson } from './command.js';

/** `typescript|javascript|…`: the judge's languages, for help texts. */
const LANGUAGES = Language.options.join('|');

const LanguageFlag = z.object({ language: Language.optional(), json: z.boolean().optional() });

export const start: Command = {
  name: 'start',
  summary: 'write the starter file for a problem and print its path',
  usage: `mj start <problem-id> [--language ${LANGUAGES}] [--json]`,
  description:
    'Writes the starter code to <workspace>/<problem-id>.<ext> (./mianjing/ by default; see mj config) and prints the path. A file that is already there is kept as it is.',
  flags: [
    ['--language L', `${LANGUAGES}; typescript unless the config's \`language\` says otherwise`],
    ['--json', 'print { path, created }'],
  ],
  examples: ['mj start sqrt-x', '$EDITOR "$(mj start sqrt-x)"', 'mj start range-sum-2d --language javascript'],
  options: { language: { type: 'string' }, json: { type: 'boolean' } },
  async run(context, values, positionals) {
    const [id = ''] = expectPositionals('start', positionals, ['problem-id']);
    const flags = checkFlags('start', LanguageFlag, values);
    const problem = await context.backend().problem(id);
    const written = writeStarter(context.settings.workspace, problem, flags.language ?? context.settings.language);
    if (!written.created) context.warn(`mj: kept the existing ${relative(context.settings.cwd, written.path) || written.path}`);
    context.out(flags.json ? toJson(written) : written.path);
    return 0;
  },
};

/** The file to judge, its language and its code, checked before anything is sent. */
function readSolution(context: CommandContext, problem: PublicProblem, file: string | undefined, language: Language | undefined) {
  const { settings } = context;
  let path: string;
  if (file) {
    path = resolve(settings.cwd, file);
    if (!existsSync(path)) throw new UsageError(`no file ${file}`);
  } else {
    const found = findSolution(settings.workspace, problem.id, language ?? settings.language);
    if (!found)
      throw new UsageError(
        `no solution for ${problem.id} in ${relative(settings.cwd, settings.workspace) || '.'}/; run mj start ${problem.id} first, or name a file`,
      );
    path = found.path;
  }
  if (!statSync(path).isFile()) throw new UsageError(`${file ?? path} is not a file`);
  const chosen = language ?? languageOfPath(path);
  if (!chosen) throw new UsageError(`cannot tell the language of ${file ?? path} from its extension; pass --language ${LANGUAGES}`);
  const code = readFileSync(path, 'utf8');
  if (code.trim() === '') throw new UsageError(`${file ?? path} is empty`);
  if (Buffer.byteLength(code, 'utf8') > MAX_SOURCE_BYTES)
    throw new UsageError(`${file ?? path} is larger than ${MAX_SOURCE_BYTES / 1024} KiB`);
  return { path, language: chosen, code };
}

/** Judges a solution file and prints the result; exit 0 only when Accepted. */
async function judgeFile(context: CommandContext, command: 'test' | 'submit', values: Record<string, unknown>, positionals: string[]) {
  const [id = '', file] = expectPositionals(command, positionals, ['problem-id'], ['file']);
  const flags = checkFlags(command, LanguageFlag, values);
  const customInputs = ((values.input as string[] | undefined) ?? []).map((text, i): TestInput => {
    try {
      return JSON.parse(text) as TestInput;
    } catch {
      throw new UsageError(`--input #${i + 1} is not JSON: ${text}`);
    }
  });
  if (customInputs.length > MAX_CUSTOM_INPUTS) throw new UsageError(`at most ${MAX_CUSTOM_INPUTS} --input values`);
  const backend = context.backend();
  const problem = await backend.problem(id);
  const solution = readSolution(context, problem, file, flags.language);
  const mode = command === 'test' ? 'run' : 'submit';
  context.note(`Judging ${relative(context.settings.cwd, solution.path) || solution.path} (${solution.language}, ${mode})…`);
  const submission = await backend.judge({ problemId: problem.id, language: solution.language, code: solution.code, mode, customInputs });
  context.out(flags.json ? toJson(submission) : formatSubmission(submission, context.settings.locale, context.style));
  return submission.result?.verdict === 'Accepted' ? 0 : 1;
}

export const test: Command = {
  name: 'test',
  summary: 'run a solution on the examples (and your own inputs)',
  usage: 'mj test <problem-id> [file] [--input JSON]… [--language L] [--json]',
  description:
    "Runs the solution on the visible examples and on each --input (expected output from the reference solution). Without a file, the problem's file in the workspace is used. Exit code 0 when every test passes, 1 otherwise.",
  flags: [
    ['--input JSON', 'an extra input, keyed by parameter name; repeat for more (up to 10)'],
    ['--language L', `${LANGUAGES} (default: from the file extension)`],
    ['--json', 'print the judged submission as GET /api/v1/submissions/{id} returns it'],
  ],
  examples: ['mj test sqrt-x', `mj test sqrt-x --input '{"x": 2147395599}'`, 'mj test sqrt-x ~/scratch/sqrt.js'],
  options: { input: { type: 'string', multiple: true }, language: { type: 'string' }, json: { type: 'boolean' } },
  run: (context, values, positionals) => judgeFile(context, 'test', values, positionals),
};

export const submit: Command = {
  name: 'submit',
  summary: 'judge a solution on every test',
  usage: 'mj submit <problem-id> [file] [--language L] [--json]',
  description:
    'Judges the solution on the examples, hidden and generated tests. The language comes from the file extension unless --language is given. Exit code 0 when Accepted, 1 for any other verdict, 2 when it could not be judged (unknown problem, missing file, bad flag).',
  flags: [
    ['--language L', `${LANGUAGES} (default: from the file extension)`],
    ['--json', 'print the judged submission as GET /api/v1/submissions/{id} returns it'],
  ],
  examples: ['mj submit sqrt-x', 'mj submit sqrt-x solutions/sqrt.ts', 'mj submit sqrt-x --json | jq .result.verdict'],
  options: { language: { type: 'string' }, json: { type: 'boolean' } },
  run: (context, values, positionals) => judgeFile(context, 'submit', values, positionals),
};
