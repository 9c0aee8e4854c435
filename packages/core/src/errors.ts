import type { z } from 'zod';

/** A failure with a stable machine-readable code, turned into responses in one place by each app. */
export class MianjingError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem in one content file, at one field. */
export interface ContentIssue {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export const formatContentIssue = (issue: ContentIssue): string =>
  `${issue.file}${issue.field ? ` → ${issue.field}` : ''}: ${issue.message}`;

/** The content pack does not validate; `issues` names every file and field at fault. */
export class ContentError extends MianjingError {
  constructor(readonly issues: readonly ContentIssue[]) {
    super('content_invalid', `content is invalid:\n${issues.map((i) => `  ${formatContentIssue(i)}`).join('\n')}`);
  }
}

/** Turns a zod error into one issue per bad field. */
export function issuesFromZod(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Field path → message, for error responses that name each bad field. */
export function fieldsFromZod(error: z.ZodError, prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)';
    fields[path] ??= issue.message;
  }
  return fields;
}
