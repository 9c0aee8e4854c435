import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadCatalogue, Locale, type UserText, Visibility } from '@mianjing/core';
import { exportWriteup, importWriteup, writeupFileId } from '@mianjing/writeups';
import { z } from 'zod';
import { checkFlags, expectPositionals } from '../args.js';
import type { Backend } from '../backend/backend.js';
import { UsageError } from '../errors.js';
import { plural } from '../format/practice.js';
import { safeText } from '../format/safe-text.js';
import { formatDraft, formatWriteup, formatWriteupList, type ItemTitles } from '../format/writeups.js';
import { type Command, type CommandContext, toJson } from './command.js';

const actions = ['list', 'show', 'new', 'import', 'export'] as const;

const WriteupFlags = z.object({
  json: z.boolean().optional(),
  public: z.boolean().optional(),
  'from-text': z.string().min(1).optional(),
  'dry-run': z.boolean().optional(),
  output: z.string().min(1).optional(),
  visibility: Visibility.optional(),
  'written-in': Locale.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** Titles of the catalogue's problems and questions, to show beside the ids a write-up names. */
async function itemTitles(backend: Backend): Promise<ItemTitles> {
  const [problems, questions] = await Promise.all([backend.listProblems({}), backend.questions({})]);
  return new Map<string, UserText>([...problems.map((p) => [p.id, p.title] as const), ...questions.map((q) => [q.id, q.prompt] as const)]);
}

/** A file the user named, read as UTF-8; `-` is standard input. */
function readInput(path: string, what: string): string {
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

const name = (path: string) => (path === '-' ? 'standard input' : basename(path));

async function show(context: CommandContext, id: string, json: boolean) {
  const backend = context.backend();
  const view = await backend.writeup(id);
  if (json) context.out(toJson(view));
  else context.out(formatWriteup(view, await itemTitles(backend), await backend.companies(), context.settings.locale, context.style));
}

export const writeup: Command = {
  name: 'writeup',
  summary: 'your own write-ups: list, show, new from pasted text, import and export as YAML',
  usage:
    'mj writeup list [--public] | show <id> | new --from-text FILE [--dry-run] | import FILE [--visibility V] | export <id> [-o FILE|DIR] [--json]',
  description: [
    'Write-ups (面经) of your own, kept like your progress: offline in mianjing.db as the local user, or on the server.',
    '  list            your write-ups (every visibility); --public: everyone’s public ones, the curated ones first',
    '  show <id>       the rounds in order with every item, your own items with their notes and answers, ✓ what you practised',
    '  new --from-text FILE   reads a pasted 面经 (FILE, or - for standard input), prints what it recognised, from which',
    '                  lines and how sure (sure, likely, guess), and saves it as a private write-up; --dry-run saves nothing',
    '  import FILE     saves a file written by export (checked against the catalogue, errors name the field and line)',
    '  export <id>     prints the write-up as YAML (format: mianjing-writeup/1); -o FILE writes it there, -o DIR',
    '                  writes DIR/writeups/<slug>.yaml. `pnpm validate PATH` (in the repository) checks it, as it would before promoting it into the content pack.',
    'Text written by people is printed with control characters shown as ␛, ␇, … so nothing in it reaches your terminal as a command.',
  ].join('\n'),
  flags: [
    ['--public', 'list: everyone’s public write-ups instead of yours'],
    ['--from-text FILE', 'new: the pasted text to read (- for standard input)'],
    ['--dry-run', 'new: print the draft and the report, save nothing'],
    ['--written-in zh|en', 'new: the language of the text (default: detected)'],
    ['--year N', 'new: the year of dates that give none'],
    ['--visibility V', 'import: private, unlisted or public (default: as in the file)'],
    ['-o, --output PATH', 'export: write to a file, or into DIR/writeups/ for an existing folder'],
    ['--json', 'print the API’s data: { items: WriteupSummary[] }, a WriteupView, or the WriteupDraft with --dry-run'],
  ],
  examples: [
    'mj writeup new --from-text 面经.txt',
    'pbpaste | mj writeup new --from-text - --dry-run',
    'mj writeup list',
    'mj writeup show 3f1c…',
    'mj writeup export 3f1c… -o pdd-cv.yaml   # then, in the repository: pnpm validate "$PWD/pdd-cv.yaml"',
    'mj writeup import pdd-cv.yaml --visibility public',
    'mj writeup list --public --json | jq -r ".items[].id"',
  ],
  options: {
    json: { type: 'boolean' },
    public: { type: 'boolean' },
    'from-text': { type: 'string' },
    'dry-run': { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    visibility: { type: 'string' },
    'written-in': { type: 'string' },
    year: { type: 'string' },
  },
  async run(context, values, positionals) {
    const [action, target] = expectPositionals('writeup', positionals, ['action'], ['id-or-file']);
    if (!actions.includes(action as (typeof actions)[number])) {
      throw new UsageError(`unknown action "${action}": use ${actions.join(', ')} (see mj writeup --help)`);
    }
    const flags = checkFlags('writeup', WriteupFlags, values);
    const json = flags.json === true;
    const { locale } = context.settings;
    const needs = (what: string) => {
      if (target === undefined) throw new UsageError(`missing <${what}> (see mj writeup --help)`);
      return target;
    };
    const noTarget = () => {
      if (target !== undefined) throw new UsageError(`unexpected argument "${target}" (see mj writeup --help)`);
    };
    const backend = context.backend();

    if (action === 'list') {
      noTarget();
      const items = await backend.writeups(flags.public ? 'public' : 'mine');
      context.out(json ? toJson({ items }) : formatWriteupList(items, await backend.companies(), locale));
      return 0;
    }
    if (action === 'show') {
      await show(context, needs('id'), json);
      return 0;
    }
    if (action === 'new') {
      noTarget();
      const file = flags['from-text'];
      if (!file) throw new UsageError('new needs --from-text FILE: the pasted write-up to read (- for standard input)');
      const text = readInput(file, 'the write-up text');
      const options = { ...(flags['written-in'] ? { language: flags['written-in'] } : {}), ...(flags.year ? { year: flags.year } : {}) };
      const draft = await backend.draftWriteup(text, options);
      if (flags['dry-run']) {
        context.out(json ? toJson(draft) : formatDraft(draft, await itemTitles(backend), await backend.companies(), locale, context.style));
        return 0;
      }
      const saved = await backend.createWriteup({ ...draft.writeup, visibility: 'private' });
      if (json) context.out(toJson(saved));
      else {
        context.out(formatDraft(draft, await itemTitles(backend), await backend.companies(), locale, context.style));
        context.out(`\nSaved from ${safeText(name(file), { singleLine: true })} as private write-up ${saved.writeup.id}`);
        context.out(`  mj writeup show ${saved.writeup.id} · mj writeup export ${saved.writeup.id} -o FILE`);
      }
      return 0;
    }
    if (action === 'import') {
      const file = needs('file');
      const input = importWriteup(readInput(file, 'the write-up file'), loadCatalogue(), safeText(name(file), { singleLine: true }));
      const saved = await backend.createWriteup(flags.visibility ? { ...input, visibility: flags.visibility } : input);
      const rounds = saved.writeup.rounds;
      context.out(
        json
          ? toJson(saved)
          : `Imported ${safeText(name(file), { singleLine: true })} as ${saved.writeup.visibility} write-up ${saved.writeup.id}: ${plural(rounds.length, 'round')}, ${plural(
              rounds.reduce((n, r) => n + r.items.length, 0),
              'item',
            )}`,
      );
      return 0;
    }
    // export
    const view = await backend.writeup(needs('id'));
    const yaml = exportWriteup(view.writeup);
    if (!flags.output) {
      context.out(yaml.trimEnd());
      return 0;
    }
    const into = resolve(flags.output);
    const path = existsSync(into) && statSync(into).isDirectory() ? join(into, 'writeups', `${writeupFileId(view.writeup)}.yaml`) : into;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, yaml);
    context.out(path);
    return 0;
  },
};
