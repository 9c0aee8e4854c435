import {
  type Catalogue,
  MianjingError,
  readWriteupFile,
  type UserWriteupInput,
  WRITEUP_FILE_FORMAT,
  type WriteupFileIssue,
} from '@mianjing/core';
import { Document, isMap, isScalar, Scalar, visit } from 'yaml';

/**
 * Characters YAML writes as they are but a terminal may act on: DEL, the C1
 * controls (`\x9b` is CSI) and the bidirectional overrides. The export writes
 * them escaped, inside double quotes, so the file is safe to print.
 */
const unsafeInYaml = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Widest a map of plain values may be to be written on one line. */
const flowWidth = 80;

/** Longest id an export is given; the file is `writeups/<id>.yaml`. */
const maxIdLength = 60;

/**
 * A file name for a write-up: its companies' catalogue ids, then the Latin
 * words of its title, kebab-cased (`pdd-cv-intern`); `writeup` when there are
 * none (a title all in Chinese at companies the catalogue does not have).
 *
 * @example writeupFileId({ title: { zh: 'pdd CV 实习面经' }, rounds: [{ company: 'pdd', … }], … }) // 'pdd-cv'
 */
export function writeupFileId(writeup: UserWriteupInput): string {
  const companies = writeup.rounds.flatMap((r) => (typeof r.company === 'string' ? [r.company] : []));
  const title = writeup.title.en ?? writeup.title.zh ?? '';
  const words = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const parts = [...new Set([...companies.slice(0, 3), ...words])];
  let id = '';
  for (const part of parts) {
    const next = id ? `${id}-${part}` : part;
    if (next.length > maxIdLength) break;
    id = next;
  }
  return id || 'writeup';
}

/** Fields with a default of `[]`: left out of the file when empty, filled in again on import. */
const emptyByDefault = new Set(['applications', 'notes', 'keyPoints']);

function withoutEmptyDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyDefaults);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(
    ([key, v]) => v !== undefined && !(emptyByDefault.has(key) && Array.isArray(v) && v.length === 0),
  );
  return Object.fromEntries(entries.map(([key, v]) => [key, withoutEmptyDefaults(v)]));
}

/**
 * A write-up as a YAML file (`format: mianjing-writeup/1`): an id for its file
 * name, then the write-up's fields in the schema's order — catalogue problems,
 * questions and companies by id, the author's own items inline, text in the
 * language(s) it was written in. `importWriteup` reads it back; `pnpm validate
 * FILE` checks it against the catalogue.
 *
 * @example writeFileSync(`writeups/${writeupFileId(w)}.yaml`, exportWriteup(w));
 */
export function exportWriteup(writeup: UserWriteupInput, options: { id?: string } = {}): string {
  const { title, source, background, applications, rounds, visibility } = writeup;
  const file = {
    format: WRITEUP_FILE_FORMAT,
    id: options.id ?? writeupFileId(writeup),
    title,
    source,
    background,
    applications,
    rounds,
    visibility,
  };
  const doc = new Document(withoutEmptyDefaults(file));
  // Dates, short texts and plain-name companies on one line, as the content pack writes them: `{ zh: 自我介绍 }`.
  visit(doc, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && scalar.value.search(unsafeInYaml) >= 0) scalar.type = Scalar.QUOTE_DOUBLE;
    },
    Map(_key, map) {
      const values = map.items.map((pair) => pair.value);
      if (!values.every((v) => isScalar(v) && !String(v.value).includes('\n'))) return;
      const width = values.reduce<number>((sum, v) => sum + String(isScalar(v) ? v.value : '').length + 6, 0);
      if (width <= flowWidth && !isMap(values[0])) map.flow = true;
    },
  });
  doc.commentBefore = ' A Mianjing write-up. Check it: pnpm validate FILE · save it: mj writeup import FILE';
  // Only double-quoted scalars hold these characters now, and there `\uXXXX` is the same character.
  return doc.toString({ lineWidth: 0 }).replace(unsafeInYaml, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A write-up file that cannot be imported; `issues` names each field and line at fault. */
export class WriteupFileError extends MianjingError {
  constructor(
    readonly file: string,
    readonly issues: readonly WriteupFileIssue[],
  ) {
    super(
      'writeup_file_invalid',
      `${file} is not a write-up file mj can import`,
      Object.fromEntries(
        issues.map((i) => [`${i.field || '(file)'}${i.line === undefined ? '' : ` at line ${i.line}`}`, i.message] as const),
      ),
    );
  }
}

/**
 * Reads a file written by `exportWriteup` back into the write-up it holds
 * (without the file's `format` and `id`), checked against the catalogue.
 * Throws a `WriteupFileError` naming every bad field and its line.
 *
 * @example const input = importWriteup(readFileSync('pdd-cv.yaml', 'utf8'), loadCatalogue());
 */
export function importWriteup(text: string, catalogue: Catalogue, file = 'the file'): UserWriteupInput {
  const { writeup, issues } = readWriteupFile(text, catalogue);
  if (!writeup) throw new WriteupFileError(file, issues);
  const { format: _format, id: _id, ...input } = writeup;
  return input;
}
