import type { CompanyRef, UserRound, UserRoundItem, UserText } from '@mianjing/core';
import { textIn } from '@mianjing/core/labels';
import { createSignal, For, Index } from 'solid-js';
import { loc, t } from '../../lib/i18n.js';
import type { fetchCompanies } from '../../lib/queries.js';
import { tw } from '../messages.js';
import { formatDate, parseDate } from '../text.js';
import { type FieldErrors, FieldError, ReorderActions, TextField } from './fields.js';
import { ItemEditor } from './ItemEditor.js';
import type { ItemType, Language } from './model.js';

type Companies = Awaited<ReturnType<typeof fetchCompanies>>;
const LABELS = ['1st', '2nd', '3rd', '4th', '5th', 'manager', 'hr', 'cross', 'final', 'written-test'] as const;
const OUTCOMES = ['unknown', 'passed', 'rejected', 'offer'] as const;

/** A catalogue company's id when the text names one (id or name, either language), else a plain name. */
export function companyRef(text: string, companies: Companies | undefined): CompanyRef | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const lower = trimmed.toLowerCase();
  const found = companies?.find((c) => c.id === lower || c.name.zh.toLowerCase() === lower || c.name.en.toLowerCase() === lower);
  return found ? found.id : { name: trimmed };
}

/** How a company reference reads in the editor. */
export function companyInput(ref: CompanyRef | undefined, companies: Companies | undefined): string {
  if (ref === undefined) return '';
  if (typeof ref !== 'string') return ref.name;
  const found = companies?.find((c) => c.id === ref);
  return found ? loc(found.name) : ref;
}

/** One round in the editor: where and when, how it went, the author's notes and the items in order. */
export function RoundEditor(
  props: FieldErrors & {
    readonly round: UserRound;
    readonly index: number;
    readonly count: number;
    readonly language: Language;
    readonly companies: Companies | undefined;
    readonly update: (patch: Partial<UserRound>) => void;
    readonly updateItem: (index: number, patch: Record<string, unknown>) => void;
    readonly setItems: (items: UserRoundItem[]) => void;
    readonly addItem: () => void;
    readonly changeItemType: (index: number, type: ItemType) => void;
    readonly moveItem: (index: number, delta: number) => void;
    readonly move: (delta: number) => void;
    readonly remove: () => void;
  },
) {
  const path = (field: string) => `rounds.${props.index}.${field}`;
  const text = (value: UserText | undefined) => (value ? textIn(value, props.language) : '');
  const [dateText, setDateText] = createSignal(formatDate(props.round.date));
  const [dateError, setDateError] = createSignal(false);
  const id = (field: string) => `f-rounds-${props.index}-${field}`;
  const dateErrors = () => (dateError() ? { [path('date')]: tw().dateInvalid, ...props.errors() } : props.errors());
  return (
    <li class="card edit-round" data-testid="edit-round">
      <div class="edit-round-head">
        <h3>{tw().roundN(props.index + 1)}</h3>
        <ReorderActions
          index={props.index}
          count={props.count}
          move={props.move}
          remove={props.remove}
          removeLabel={tw().removeRound}
          removeTestId="remove-round"
        />
      </div>
      <div class="field-row">
        <TextField
          errors={props.errors}
          label={t().company}
          path={path('company')}
          testid="round-company"
          list="catalogue-companies"
          placeholder={tw().companyHelp}
          value={companyInput(props.round.company, props.companies)}
          onInput={() => undefined}
          onChange={(v) => props.update({ company: companyRef(v, props.companies) })}
        />
        <TextField
          errors={props.errors}
          label={tw().track}
          path={path('track')}
          value={text(props.round.track)}
          onInput={(v) => props.update({ track: { [props.language]: v } })}
        />
        <TextField
          errors={dateErrors}
          label={tw().date}
          path={path('date')}
          testid="round-date"
          placeholder={tw().datePlaceholder}
          value={dateText()}
          onInput={setDateText}
          onChange={(v) => {
            const date = parseDate(v);
            setDateError(date === 'invalid');
            if (date !== 'invalid') props.update({ date });
          }}
        />
        <div class="field">
          <label for={id('label')}>{tw().label}</label>
          <select
            id={id('label')}
            data-testid="round-label"
            value={props.round.label ?? ''}
            onChange={(e) => props.update({ label: (e.currentTarget.value || undefined) as UserRound['label'] })}
          >
            <option value="">{tw().noLabel}</option>
            <For each={LABELS}>{(label) => <option value={label}>{t().roundLabel[label]}</option>}</For>
          </select>
          <FieldError errors={props.errors} path={path('label')} />
        </div>
        <div class="field">
          <label for={id('outcome')}>{tw().outcome}</label>
          <select
            id={id('outcome')}
            data-testid="round-outcome"
            value={props.round.outcome}
            onChange={(e) => props.update({ outcome: e.currentTarget.value as UserRound['outcome'] })}
          >
            <For each={OUTCOMES}>{(outcome) => <option value={outcome}>{t().roundOutcome[outcome]}</option>}</For>
          </select>
        </div>
      </div>
      <TextField
        errors={props.errors}
        label={tw().summary}
        path={path('summary')}
        rows={2}
        value={text(props.round.summary)}
        onInput={(v) => props.update({ summary: { [props.language]: v } })}
      />
      <TextField
        errors={props.errors}
        label={tw().notes}
        path={path('notes')}
        rows={3}
        value={props.round.notes.map(text).join('\n\n')}
        onInput={(v) => props.update({ notes: v.split(/\n\s*\n/).map((note) => ({ [props.language]: note })) })}
      />
      <h4>{tw().items}</h4>
      <FieldError errors={props.errors} path={path('items')} />
      <ol class="edit-items">
        <Index each={props.round.items}>
          {(item, i) => (
            <ItemEditor
              errors={props.errors}
              item={item()}
              path={path(`items.${i}`)}
              index={i}
              count={props.round.items.length}
              language={props.language}
              update={(patch) => props.updateItem(i, patch)}
              changeType={(type) => props.changeItemType(i, type)}
              move={(delta) => props.moveItem(i, delta)}
              remove={() => props.setItems(props.round.items.filter((_, j) => j !== i))}
            />
          )}
        </Index>
      </ol>
      <button type="button" data-testid="add-item" onClick={() => props.addItem()}>
        + {tw().addItem}
      </button>
    </li>
  );
}
