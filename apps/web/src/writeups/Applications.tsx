import type { UserApplication } from '@mianjing/core';
import { For, Show } from 'solid-js';
import { Table } from '../components/Table.js';
import { t } from '../lib/i18n.js';
import { companyText, userText } from './text.js';

/** Where the author applied and how far each got, as the timeline shows the curated write-up's. */
export function Applications(props: { readonly applications: readonly UserApplication[]; readonly nameOf: (id: string) => string }) {
  return (
    <Show when={props.applications.length > 0}>
      <details class="applications" data-testid="writeup-applications">
        <summary>{t().applicationsTitle}</summary>
        <Table caption={t().applicationsTitle} columns={[t().company, t().track, t().outcome, t().note]}>
          <For each={props.applications}>
            {(application) => (
              <tr>
                <td>{companyText(application.company, props.nameOf)}</td>
                <td>{userText(application.track)}</td>
                <td>{t().applicationOutcome[application.outcome] ?? application.outcome}</td>
                <td>{userText(application.note)}</td>
              </tr>
            )}
          </For>
        </Table>
      </details>
    </Show>
  );
}
