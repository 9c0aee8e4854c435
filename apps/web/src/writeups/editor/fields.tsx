import type { JSX } from 'solid-js';
import { Show } from 'solid-js';
import { tw } from '../messages.js';
import { errorFor } from './model.js';

/** Where each field's error is shown: the API's `fields` by dotted path. */
export interface FieldErrors {
  readonly errors: () => Readonly<Record<string, string>>;
}

const fieldId = (path: string) => `f-${path.replace(/[^a-z0-9]+/gi, '-')}`;

/** The API's message beside the field it names (announced when it appears). */
export function FieldError(props: FieldErrors & { readonly path: string }) {
  return (
    <Show when={errorFor(props.errors(), props.path)}>
      {(message) => (
        <p class="field-error" id={`${fieldId(props.path)}-error`} role="alert" data-testid="field-error" data-field={props.path}>
          {message()}
        </p>
      )}
    </Show>
  );
}

/**
 * A labelled text input or textarea bound to one field of the write-up, with
 * that field's error from the API beside it.
 */
export function TextField(
  props: FieldErrors & {
    readonly label: string;
    readonly path: string;
    readonly value: string;
    readonly onInput: (value: string) => void;
    readonly rows?: number;
    readonly placeholder?: string;
    readonly testid?: string;
    readonly type?: string;
    readonly list?: string;
    readonly onChange?: (value: string) => void;
    readonly hint?: JSX.Element;
  },
) {
  const id = () => fieldId(props.path);
  const invalid = () => errorFor(props.errors(), props.path) !== undefined;
  const common = () => ({
    id: id(),
    'aria-invalid': invalid() || undefined,
    'aria-describedby': invalid() ? `${id()}-error` : undefined,
    'data-testid': props.testid,
    placeholder: props.placeholder,
  });
  return (
    <div class="field">
      <label for={id()}>{props.label}</label>
      <Show
        when={props.rows}
        fallback={
          <input
            {...common()}
            type={props.type ?? 'text'}
            list={props.list}
            value={props.value}
            onInput={(e) => props.onInput(e.currentTarget.value)}
            onChange={(e) => props.onChange?.(e.currentTarget.value)}
          />
        }
      >
        <textarea {...common()} rows={props.rows} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
      </Show>
      {props.hint}
      <FieldError errors={props.errors} path={props.path} />
    </div>
  );
}

/** Move up, move down and remove, for one entry of a list being edited (a round, an item). */
export function ReorderActions(props: {
  readonly index: number;
  readonly count: number;
  readonly move: (by: -1 | 1) => void;
  readonly remove: () => void;
  readonly removeLabel: string;
  readonly removeTestId: string;
}) {
  return (
    <div class="actions">
      <button type="button" class="ghost small" disabled={props.index === 0} onClick={() => props.move(-1)}>
        ↑<span class="visually-hidden"> {tw().moveUp}</span>
      </button>
      <button type="button" class="ghost small" disabled={props.index + 1 >= props.count} onClick={() => props.move(1)}>
        ↓<span class="visually-hidden"> {tw().moveDown}</span>
      </button>
      <button type="button" class="ghost small" data-testid={props.removeTestId} onClick={() => props.remove()}>
        {props.removeLabel}
      </button>
    </div>
  );
}
