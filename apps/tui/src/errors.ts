import { MianjingError } from '@mianjing/core';

/** A command line that cannot be carried out as written: exit code 2, one line on stderr. */
export class UsageError extends MianjingError {
  constructor(message: string) {
    super('usage', message);
  }
}

/**
 * The one line `mj` prints on stderr for a failure: the message, then each
 * bad field the way the API names them.
 *
 * @example describeFailure(new MianjingError('invalid_input', 'a custom input does not fit', { 'customInputs.0': 'x is missing' }))
 * // 'a custom input does not fit (customInputs.0: x is missing)'
 */
export function describeFailure(error: unknown): string {
  if (error instanceof MianjingError) {
    const fields = Object.entries(error.fields ?? {}).map(([field, message]) => `${field}: ${message}`);
    const text = fields.length > 0 ? `${error.message} (${fields.join('; ')})` : error.message;
    return text.replace(/\s*\n\s*/g, ' ');
  }
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected failure: ${message.replace(/\s*\n\s*/g, ' ')}`;
}
