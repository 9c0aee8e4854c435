import type { UserRoundItem, UserText } from '@mianjing/core';
import { textIn } from '@mianjing/core/labels';
import { For, Match, Switch } from 'solid-js';
import { t } from '../../lib/i18n.js';
import { tw } from '../messages.js';
import { type FieldErrors, FieldError, ReorderActions, TextField } from './fields.js';
import { ITEM_TYPES, type ItemType, type Language, errorFor } from './model.js';
import { ItemPicker } from './ItemPicker.js';

const TOPICS = ['self-introduction', 'paper', 'project', 'online-test-recall', 'reverse-questions', 'chat'] as const;

type Own<T extends ItemType> = Extract<UserRoundItem, { type: T }>;

/**
 * One item of a round in the editor: its kind, then the fields of that kind —
 * a catalogue pick, a talk topic, or the author's own problem or question.
 */
export function ItemEditor(
  props: FieldErrors & {
    readonly item: UserRoundItem;
    readonly path: string;
    readonly index: number;
    readonly count: number;
    readonly language: Language;
    readonly update: (patch: Record<string, unknown>) => void;
    readonly changeType: (type: ItemType) => void;
    readonly move: (delta: number) => void;
    readonly remove: () => void;
  },
) {
  const text = (value: UserText | undefined) => (value ? textIn(value, props.language) : '');
  const asText = (value: string) => ({ [props.language]: value });
  const path = (field: string) => `${props.path}.${field}`;
  const typeId = () => `f-${props.path.replace(/\./g, '-')}-type`;
  return (
    <li class="card edit-item" data-testid="edit-item" data-type={props.item.type}>
      <div class="edit-item-head">
        <strong>{tw().itemN(props.index + 1)}</strong>
        <div class="field inline">
          <label for={typeId()}>{tw().itemKind}</label>
          <select
            id={typeId()}
            data-testid="item-type"
            value={props.item.type}
            onChange={(e) => props.changeType(e.currentTarget.value as ItemType)}
          >
            <For each={ITEM_TYPES}>{(type) => <option value={type}>{tw().itemKinds[type]}</option>}</For>
          </select>
        </div>
        <ReorderActions
          index={props.index}
          count={props.count}
          move={props.move}
          remove={props.remove}
          removeLabel={tw().removeItem}
          removeTestId="remove-item"
        />
      </div>
      <Switch>
        <Match when={props.item.type === 'problem' || props.item.type === 'numeric' || props.item.type === 'concept'}>
          <ItemPicker
            kind={props.item.type as 'problem' | 'numeric' | 'concept'}
            id={(props.item as { id: string }).id}
            fieldId={`f-${props.path.replace(/\./g, '-')}-pick`}
            invalid={errorFor(props.errors(), path('id')) !== undefined}
            onPick={(id) => props.update({ id })}
          />
          <FieldError errors={props.errors} path={path('id')} />
        </Match>
        <Match when={props.item.type === 'talk'}>
          <div class="field">
            <label for={`f-${props.path.replace(/\./g, '-')}-topic`}>{tw().topic}</label>
            <select
              id={`f-${props.path.replace(/\./g, '-')}-topic`}
              value={(props.item as Own<'talk'>).topic}
              onChange={(e) => props.update({ topic: e.currentTarget.value })}
            >
              <For each={TOPICS}>{(topic) => <option value={topic}>{t().talkTopic[topic]}</option>}</For>
            </select>
          </div>
        </Match>
        <Match when={props.item.type === 'own-problem' && (props.item as Own<'own-problem'>)}>
          {(item) => (
            <div class="field-row">
              <TextField
                errors={props.errors}
                label={tw().ownTitle}
                path={path('title')}
                testid="own-title"
                value={text(item().title)}
                onInput={(v) => props.update({ title: asText(v) })}
              />
              <TextField
                errors={props.errors}
                label={tw().leetcode}
                path={path('leetcode')}
                value={item().leetcode ?? ''}
                onInput={(v) => props.update({ leetcode: v })}
              />
              <TextField
                errors={props.errors}
                label={tw().url}
                path={path('url')}
                type="url"
                value={item().url ?? ''}
                onInput={(v) => props.update({ url: v })}
              />
            </div>
          )}
        </Match>
        <Match when={props.item.type === 'own-concept' && (props.item as Own<'own-concept'>)}>
          {(item) => (
            <>
              <TextField
                errors={props.errors}
                label={tw().prompt}
                path={path('prompt')}
                testid="own-prompt"
                rows={2}
                value={text(item().prompt)}
                onInput={(v) => props.update({ prompt: asText(v) })}
              />
              <TextField
                errors={props.errors}
                label={tw().answer}
                path={path('answer')}
                testid="own-answer"
                rows={4}
                value={text(item().answer)}
                onInput={(v) => props.update({ answer: asText(v) })}
              />
              <TextField
                errors={props.errors}
                label={tw().keyPoints}
                path={path('keyPoints')}
                rows={3}
                value={item().keyPoints.map(text).join('\n')}
                onInput={(v) => props.update({ keyPoints: v.split('\n').map(asText) })}
              />
              <TextField
                errors={props.errors}
                label={tw().said}
                path={path('said')}
                rows={2}
                value={text(item().said)}
                onInput={(v) => props.update({ said: asText(v) })}
              />
            </>
          )}
        </Match>
      </Switch>
      <TextField
        errors={props.errors}
        label={tw().itemNote}
        path={path('note')}
        testid="item-note"
        rows={2}
        value={text(props.item.note)}
        onInput={(v) => props.update({ note: asText(v) })}
      />
    </li>
  );
}
