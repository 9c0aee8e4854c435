import type { JSX } from 'solid-js';
import { For } from 'solid-js';

/** A column heading; `hidden` ones are read by screen readers only (action columns, meters). */
export type Column = string | { readonly hidden: string };

/**
 * A data table that scrolls sideways on narrow screens, with a caption
 * (shown, or for screen readers only) and column headings; rows are the children.
 */
export function Table(props: {
  readonly caption: string;
  readonly showCaption?: boolean;
  readonly columns: readonly Column[];
  readonly class?: string;
  readonly children: JSX.Element;
}) {
  return (
    <div class="table-scroll">
      <table class={props.class}>
        <caption class={props.showCaption ? undefined : 'visually-hidden'}>{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>
              {(column) => (
                <th scope="col">{typeof column === 'string' ? column : <span class="visually-hidden">{column.hidden}</span>}</th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
