import type { JSX } from 'solid-js';
import { For } from 'solid-js';

export interface Tab {
  readonly id: string;
  readonly label: string;
}

/**
 * ARIA tabs: one tab stop for the list, arrow keys (and Home/End) move between
 * tabs, the panel is labelled by its tab.
 */
export function Tabs(props: {
  readonly label: string;
  readonly tabs: readonly Tab[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
  readonly children: JSX.Element;
}) {
  const buttons: HTMLButtonElement[] = [];
  const move = (event: KeyboardEvent, index: number) => {
    const last = props.tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = props.tabs[next];
    if (!tab) return;
    props.onSelect(tab.id);
    buttons[next]?.focus();
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={props.label}>
        <For each={props.tabs}>
          {(tab, index) => (
            <button
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              ref={(el) => (buttons[index()] = el)}
              aria-selected={props.selected === tab.id}
              aria-controls={`panel-${tab.id}`}
              tabindex={props.selected === tab.id ? 0 : -1}
              onClick={() => props.onSelect(tab.id)}
              onKeyDown={(event) => move(event, index())}
            >
              {tab.label}
            </button>
          )}
        </For>
      </div>
      <div role="tabpanel" id={`panel-${props.selected}`} aria-labelledby={`tab-${props.selected}`} tabindex="0">
        {props.children}
      </div>
    </div>
  );
}
