import type { CompanyRef, UserApplication, UserText } from '@mianjing/core';
import { textIn } from '@mianjing/core/labels';
import { For, Index } from 'solid-js';
import { t } from '../../lib/i18n.js';
import { tw } from '../messages.js';
import { type FieldErrors, FieldError, TextField } from './fields.js';
import type { Language } from './model.js';

const OUTCOMES = ['no-reply', 'written-test', 'rejected', 'interview', 'offer'] as const;

/** The applications of a write-up: company, track, how far it got and a note, added and removed. */
export function ApplicationsEditor(
  props: FieldErrors & {
    readonly applications: readonly UserApplication[];
    readonly language: Language;
    readonly companyInput: (ref: CompanyRef | undefined) => string;
    readonly companyRef: (text: string) => CompanyRef | undefined;
    readonly update: (index: number, patch: Partial<UserApplication>) => void;
    readonly add: () => void;
    readonly remove: (index: number) => void;
  },
) {
  const text = (value: UserText | undefined) => (value ? textIn(value, props.language) : '');
  return (
    <details class="applications-editor" open={props.applications.length > 0}>
      <summary>
        {t().applicationsTitle} ({props.applications.length})
      </summary>
      <ol class="edit-applications">
        <Index each={props.applications}>
          {(application, i) => (
            <li class="field-row" data-testid="edit-application">
              <TextField
                errors={props.errors}
                label={t().company}
                path={`applications.${i}.company`}
                list="catalogue-companies"
                value={props.companyInput(application().company)}
                onInput={() => undefined}
                onChange={(v) => props.update(i, { company: props.companyRef(v) ?? { name: v } })}
              />
              <TextField
                errors={props.errors}
                label={tw().track}
                path={`applications.${i}.track`}
                value={text(application().track)}
                onInput={(v) => props.update(i, { track: { [props.language]: v } })}
              />
              <div class="field">
                <label for={`f-applications-${i}-outcome`}>{t().outcome}</label>
                <select
                  id={`f-applications-${i}-outcome`}
                  value={application().outcome}
                  onChange={(e) => props.update(i, { outcome: e.currentTarget.value as UserApplication['outcome'] })}
                >
                  <For each={OUTCOMES}>{(outcome) => <option value={outcome}>{t().applicationOutcome[outcome]}</option>}</For>
                </select>
                <FieldError errors={props.errors} path={`applications.${i}.outcome`} />
              </div>
              <TextField
                errors={props.errors}
                label={t().note}
                path={`applications.${i}.note`}
                value={text(application().note)}
                onInput={(v) => props.update(i, { note: { [props.language]: v } })}
              />
              <button type="button" class="ghost small" onClick={() => props.remove(i)}>
                {tw().removeApplication}
              </button>
            </li>
          )}
        </Index>
      </ol>
      <button type="button" onClick={() => props.add()}>
        + {tw().addApplication}
      </button>
    </details>
  );
}
