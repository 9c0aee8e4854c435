import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type ContentIssue, issuesFromZod } from '../errors.js';
import { Collection } from '../schema/collection.js';
import { Company } from '../schema/company.js';
import { Writeup } from '../schema/interview.js';
import { type Problem, ProblemFile, TestsFile } from '../schema/problem.js';
import { type Question, QuestionFile } from '../schema/question.js';
import { Language, languageExtensions } from '../schema/verdict.js';
import { starterCode } from '../starter.js';

/** Everything read from a content folder, before cross-references are checked. */
export interface ContentPack {
  readonly dir: string;
  readonly companies: Company[];
  readonly writeups: Writeup[];
  readonly collections: Collection[];
  readonly problems: Problem[];
  readonly questions: Question[];
}

class Reader {
  readonly issues: ContentIssue[] = [];
  constructor(readonly dir: string) {}

  rel(path: string): string {
    return relative(this.dir, path) || '.';
  }

  text(path: string): string | undefined {
    if (!existsSync(path)) {
      this.issues.push({ file: this.rel(path), field: '', message: 'file is missing' });
      return undefined;
    }
    return readFileSync(path, 'utf8');
  }

  parse<S extends z.ZodType>(path: string, schema: S, format: 'yaml' | 'json'): z.infer<S> | undefined {
    const source = this.text(path);
    if (source === undefined) return undefined;
    let raw: unknown;
    try {
      raw = format === 'yaml' ? parseYaml(source) : JSON.parse(source);
    } catch (error) {
      this.issues.push({ file: this.rel(path), field: '', message: `not valid ${format.toUpperCase()}: ${(error as Error).message}` });
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      this.issues.push(...issuesFromZod(this.rel(path), result.error));
      return undefined;
    }
    return result.data;
  }

  list(sub: string, filter: (name: string) => boolean): string[] {
    const path = join(this.dir, sub);
    if (!existsSync(path)) return [];
    return readdirSync(path).filter(filter).sort();
  }
}

function readProblem(reader: Reader, id: string): Problem | undefined {
  const dir = join(reader.dir, 'problems', id);
  const file = reader.parse(join(dir, 'problem.yaml'), ProblemFile, 'yaml');
  const tests = reader.parse(join(dir, 'tests.json'), TestsFile, 'json');
  const localized = (name: string) => {
    const zh = reader.text(join(dir, `${name}.zh.md`));
    const en = reader.text(join(dir, `${name}.en.md`));
    return zh !== undefined && en !== undefined ? { zh, en } : undefined;
  };
  const statement = localized('statement');
  const editorial = localized('editorial');
  const reference: Partial<Record<Language, string>> = {};
  const starter: Partial<Record<Language, string>> = {};
  for (const language of Language.options) {
    const ext = languageExtensions[language];
    reference[language] = reader.text(join(dir, 'solutions', `reference.${ext}`));
    const starterPath = join(dir, `starter.${ext}`);
    starter[language] = existsSync(starterPath)
      ? readFileSync(starterPath, 'utf8')
      : file && starterCode(file.judge, language, file.python);
  }
  const wrongSources: Record<string, string> = {};
  for (const wrong of file?.wrong ?? []) {
    const source = reader.text(join(dir, 'solutions', wrong.file));
    if (source !== undefined) wrongSources[wrong.file] = source;
  }
  if (file && file.id !== id) {
    reader.issues.push({ file: `problems/${id}/problem.yaml`, field: 'id', message: `id "${file.id}" does not match its folder "${id}"` });
  }
  if (!file || !tests || !statement || !editorial) return undefined;
  if (Object.values(reference).some((s) => s === undefined)) return undefined;
  return {
    ...file,
    statement,
    editorial,
    tests,
    rounds: [],
    companies: [],
    collections: [],
    starter: starter as Record<Language, string>,
    reference: reference as Record<Language, string>,
    wrongSources,
  };
}

/**
 * Reads and schema-checks every file of a content folder. Never throws on bad
 * content: each problem is reported as an issue naming the file and field.
 */
export function readContent(dir: string): { pack: ContentPack; issues: ContentIssue[] } {
  const reader = new Reader(dir);
  const companies = reader.parse(join(dir, 'companies.yaml'), Company.array(), 'yaml') ?? [];
  const writeups: Writeup[] = [];
  for (const name of reader.list('writeups', (n) => n.endsWith('.yaml'))) {
    const writeup = reader.parse(join(dir, 'writeups', name), Writeup, 'yaml');
    if (!writeup) continue;
    if (`${writeup.id}.yaml` !== name) {
      reader.issues.push({ file: `writeups/${name}`, field: 'id', message: `id "${writeup.id}" does not match the file name` });
    }
    writeups.push(writeup);
  }
  const collections: Collection[] = [];
  for (const name of reader.list('collections', (n) => n.endsWith('.yaml'))) {
    const collection = reader.parse(join(dir, 'collections', name), Collection, 'yaml');
    if (!collection) continue;
    if (`${collection.id}.yaml` !== name) {
      reader.issues.push({ file: `collections/${name}`, field: 'id', message: `id "${collection.id}" does not match the file name` });
    }
    collections.push(collection);
  }
  const collectionsOfItem = new Map<string, Set<string>>();
  for (const collection of collections) {
    for (const item of collection.sections.flatMap((s) => s.items)) {
      const set = collectionsOfItem.get(item.id) ?? new Set<string>();
      set.add(collection.id);
      collectionsOfItem.set(item.id, set);
    }
  }
  const roundsOfItem = new Map<string, Set<string>>();
  const companyOfRound = new Map<string, string>();
  for (const round of writeups.flatMap((w) => w.rounds)) {
    companyOfRound.set(round.id, round.company);
    for (const item of round.items) {
      if (item.type === 'talk') continue;
      const set = roundsOfItem.get(item.id) ?? new Set<string>();
      set.add(round.id);
      roundsOfItem.set(item.id, set);
    }
  }
  const placement = (id: string) => {
    const rounds = [...(roundsOfItem.get(id) ?? [])];
    const companies = [...new Set(rounds.map((r) => companyOfRound.get(r) ?? ''))].filter(Boolean);
    return { rounds, companies, collections: [...(collectionsOfItem.get(id) ?? [])] };
  };
  const problems: Problem[] = [];
  for (const id of reader.list('problems', (n) => !n.startsWith('.'))) {
    const problem = readProblem(reader, id);
    if (problem) problems.push({ ...problem, ...placement(id) });
  }
  const questions: Question[] = [];
  for (const name of reader.list('questions', (n) => n.endsWith('.yaml'))) {
    const question = reader.parse(join(dir, 'questions', name), QuestionFile, 'yaml');
    if (!question) continue;
    if (`${question.id}.yaml` !== name) {
      reader.issues.push({ file: `questions/${name}`, field: 'id', message: `id "${question.id}" does not match the file name` });
    }
    questions.push({ ...question, ...placement(question.id) });
  }
  return { pack: { dir, companies, writeups, collections, problems, questions }, issues: reader.issues };
}
