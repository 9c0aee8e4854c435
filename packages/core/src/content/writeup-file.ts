import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ContentIssue } from '../errors.js';
import { Slug } from '../schema/common.js';
import type { CompanyRef } from '../schema/company.js';
import { UserWriteupInput } from '../schema/user-writeup.js';
import type { Catalogue } from './catalogue.js';

/** The marker on the first line of an exported write-up; a later format changes the number. */
export const WRITEUP_FILE_FORMAT = 'mianjing-writeup/1';

/**
 * A user's write-up as a file (`mj writeup export`): the format marker, an id
 * for the file name (`writeups/<id>.yaml`), then the write-up's own fields —
 * catalogue items and companies by id, the author's own items inline. The same
 * schema as the API's `UserWriteupInput`, extended, so a file that validates
 * can be saved as it is.
 */
export const WriteupFile = UserWriteupInput.extend({
  format: z.literal(WRITEUP_FILE_FORMAT, { error: `must be "${WRITEUP_FILE_FORMAT}" (a file written by mj writeup export)` }),
  id: Slug,
});
export type WriteupFile = z.infer<typeof WriteupFile>;

/** One fault of a write-up file: the field (`rounds.0.items.2.id`), its line when known, and why. */
export interface WriteupFileIssue {
  readonly field: string;
  readonly line?: number;
  readonly message: string;
}

const companyIssue = (catalogue: Catalogue, ref: CompanyRef | undefined, field: string): WriteupFileIssue[] =>
  typeof ref === 'string' && !catalogue.company(ref)
    ? [{ field, message: `no company "${ref}" in the catalogue; write { name: … } for one that is not there` }]
    : [];

/**
 * What a schema-valid write-up names that the catalogue does not have: company
 * ids, problems, and questions of the kind the item says (a `numeric` item
 * must point at a numeric question).
 */
export function checkWriteupReferences(writeup: UserWriteupInput, catalogue: Catalogue): WriteupFileIssue[] {
  const issues: WriteupFileIssue[] = [];
  writeup.applications.forEach((a, i) => issues.push(...companyIssue(catalogue, a.company, `applications.${i}.company`)));
  writeup.rounds.forEach((round, r) => {
    issues.push(...companyIssue(catalogue, round.company, `rounds.${r}.company`));
    round.items.forEach((item, i) => {
      const field = `rounds.${r}.items.${i}.id`;
      if (item.type === 'problem') {
        if (!catalogue.problem(item.id)) {
          const question = catalogue.question(item.id);
          issues.push({
            field,
            message: question ? `"${item.id}" is a ${question.kind} question, not a problem` : `no problem "${item.id}" in the catalogue`,
          });
        }
      } else if (item.type === 'numeric' || item.type === 'concept') {
        const question = catalogue.question(item.id);
        if (question?.kind === item.type) return;
        const what = question ? `a ${question.kind} question` : catalogue.problem(item.id) ? 'a problem' : undefined;
        issues.push({
          field,
          message: what ? `"${item.id}" is ${what}, not a ${item.type} question` : `no ${item.type} question "${item.id}" in the catalogue`,
        });
      }
    });
  });
  return issues;
}

/**
 * Reads the text of a write-up file: YAML, then the schema, then the catalogue
 * references. Every issue names its field and, where the file has it, the line.
 *
 * @example
 * const { writeup, issues } = readWriteupFile(readFileSync('writeups/pdd-cv.yaml', 'utf8'), loadCatalogue());
 * issues[0] // { field: 'rounds.0.items.1.id', line: 14, message: 'no problem "sqrt-y" in the catalogue' }
 */
export function readWriteupFile(text: string, catalogue: Catalogue): { writeup?: WriteupFile; issues: WriteupFileIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((error) => ({
        field: '',
        line: lineCounter.linePos(error.pos[0]).line,
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  /** The line of a field, or of the nearest enclosing field the file has. */
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      const start = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (start !== undefined) return lineCounter.linePos(start).line;
    }
    return undefined;
  };
  const withLine = (issue: WriteupFileIssue): WriteupFileIssue => {
    const line = lineOf(issue.field === '' ? [] : issue.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
    return line === undefined ? issue : { ...issue, line };
  };
  const parsed = WriteupFile.safeParse(doc.toJS());
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((i) => withLine({ field: i.path.map(String).join('.'), message: i.message })) };
  }
  const issues = checkWriteupReferences(parsed.data, catalogue).map(withLine);
  return issues.length > 0 ? { issues } : { writeup: parsed.data, issues };
}

const toContentIssue = (file: string) => (issue: WriteupFileIssue) => ({
  file: issue.line === undefined ? file : `${file}:${issue.line}`,
  field: issue.field,
  message: issue.message,
});

/**
 * Every issue of an exported write-up file (`x.yaml`) or export folder (`DIR`
 * holding `writeups/<id>.yaml`), checked against a catalogue: schema, catalogue
 * references, and in a folder that each file is named after its id.
 */
export function validateWriteupExport(path: string, catalogue: Catalogue): ContentIssue[] {
  if (!statSync(path).isDirectory()) {
    const file = basename(path);
    return readWriteupFile(readFileSync(path, 'utf8'), catalogue).issues.map(toContentIssue(file));
  }
  const dir = join(path, 'writeups');
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')) : [];
  if (names.length === 0) return [{ file: 'writeups/', field: '', message: 'no write-up files (writeups/<id>.yaml) in this folder' }];
  const issues: ContentIssue[] = [];
  for (const name of names.sort()) {
    const file = `writeups/${name}`;
    const { writeup, issues: found } = readWriteupFile(readFileSync(join(dir, name), 'utf8'), catalogue);
    issues.push(...found.map(toContentIssue(file)));
    if (writeup && name.replace(/\.ya?ml$/, '') !== writeup.id) {
      issues.push({ file, field: 'id', message: `id "${writeup.id}" does not match the file name` });
    }
  }
  return issues;
}

/** Whether a folder is an export folder (write-ups only) rather than a content pack (with companies.yaml). */
export const isWriteupExportDir = (path: string) =>
  statSync(path).isDirectory() && !existsSync(join(path, 'companies.yaml')) && existsSync(join(path, 'writeups'));
