import '../writeups.css';
import type { UserRound, UserWriteupInput } from '@mianjing/core';
import { textIn } from '@mianjing/core/labels';
import { createResource, createSignal, For, Show, Suspense } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { ErrorNotice } from '../../components/Async.js';
import { ApiError } from '../../lib/api.js';
import { loc } from '../../lib/i18n.js';
import { fetchCompanies } from '../../lib/queries.js';
import { loadCatalogue } from '../catalogue.js';
import { tw } from '../messages.js';
import { companyText, settled } from '../text.js';
import { UserRoundCard } from '../UserRoundCard.js';
import { FieldError, TextField } from './fields.js';
import { cleanWriteup, type ItemType, type Language, move, newItem, newRound } from './model.js';
import { ApplicationsEditor } from './ApplicationsEditor.js';
import { companyInput, companyRef, RoundEditor } from './RoundEditor.js';

const VISIBILITIES = ['private', 'unlisted', 'public'] as const;

/**
 * The write-up editor: title, source, background and visibility, the rounds
 * and their items (added, removed, reordered), a preview drawn like the
 * timeline, and Save. The API's `400`/`413` `fields` appear beside the fields
 * they name.
 */
export function WriteupEditor(props: {
  readonly initial: UserWriteupInput;
  readonly save: (writeup: UserWriteupInput) => Promise<unknown>;
  readonly onCancel?: () => void;
}) {
  // A deep copy: the store's edits must not reach the draft or view it came from.
  const [doc, setDoc] = createStore<UserWriteupInput>(structuredClone(unwrap(props.initial)));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [failure, setFailure] = createSignal<unknown>();
  const [saving, setSaving] = createSignal(false);
  const [companies] = createResource(fetchCompanies);
  const [catalogue] = createResource(loadCatalogue);
  const language = (): Language => doc.source.language;
  const text = (value: { zh?: string; en?: string } | undefined) => (value ? textIn(value, language()) : '');
  const companyName = (id: string) => {
    const found = settled(companies)?.find((c) => c.id === id);
    return found ? loc(found.name) : id;
  };

  const updateRound = (r: number, patch: Partial<UserRound>) => setDoc('rounds', r, patch);
  const updateItem = (r: number, i: number, patch: Record<string, unknown>) =>
    setDoc('rounds', r, 'items', i, (item) => ({ ...item, ...patch }) as typeof item);
  const changeItemType = (r: number, i: number, type: ItemType) => {
    const round = doc.rounds[r];
    const item = round?.items[i];
    if (!round || !item) return;
    const next = newItem(unwrap(doc), round, type, language(), item.note);
    setDoc('rounds', r, 'items', i, next);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving()) return;
    setSaving(true);
    setFailure(undefined);
    setErrors({});
    try {
      await props.save(cleanWriteup(structuredClone(unwrap(doc))));
    } catch (error) {
      if (error instanceof ApiError && error.fields) setErrors(error.fields);
      setFailure(() => error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div class="writeup-editor">
      <form class="editor-form" onSubmit={submit} novalidate>
        <datalist id="catalogue-companies">
          <For each={settled(companies)}>{(company) => <option value={loc(company.name)} />}</For>
        </datalist>
        <TextField
          errors={errors}
          label={tw().writeupTitle}
          path="title"
          testid="writeup-title"
          value={text(doc.title)}
          onInput={(v) => setDoc('title', { [language()]: v })}
        />
        <div class="field-row">
          <TextField
            errors={errors}
            label={tw().sourceSite}
            path="source.site"
            value={doc.source.site ?? ''}
            onInput={(v) => setDoc('source', 'site', v)}
          />
          <TextField
            errors={errors}
            label={tw().sourceUrl}
            path="source.url"
            type="url"
            value={doc.source.url ?? ''}
            onInput={(v) => setDoc('source', 'url', v)}
          />
          <div class="field">
            <label for="f-source-language">{tw().language}</label>
            <select
              id="f-source-language"
              value={doc.source.language}
              onChange={(e) => setDoc('source', 'language', e.currentTarget.value as Language)}
            >
              <option value="zh">{tw().languages.zh}</option>
              <option value="en">{tw().languages.en}</option>
            </select>
          </div>
        </div>
        <TextField
          errors={errors}
          label={tw().background}
          path="background"
          rows={3}
          value={text(doc.background)}
          onInput={(v) => setDoc('background', { [language()]: v })}
        />
        <ApplicationsEditor
          errors={errors}
          applications={doc.applications}
          language={language()}
          companyInput={(ref) => companyInput(ref, settled(companies))}
          companyRef={(text) => companyRef(text, settled(companies))}
          update={(i, patch) => setDoc('applications', i, patch)}
          add={() => setDoc('applications', (list) => [...list, { company: { name: '' }, outcome: 'interview' }])}
          remove={(i) => setDoc('applications', (list) => list.filter((_, j) => j !== i))}
        />
        <fieldset class="field visibility">
          <legend>{tw().visibility}</legend>
          <select
            aria-label={tw().visibility}
            data-testid="writeup-visibility"
            value={doc.visibility}
            onChange={(e) => setDoc('visibility', e.currentTarget.value as UserWriteupInput['visibility'])}
          >
            <For each={VISIBILITIES}>{(v) => <option value={v}>{tw().visibilities[v]}</option>}</For>
          </select>
          <span class="muted small"> {tw().visibilityHelp[doc.visibility]}</span>
          <FieldError errors={errors} path="visibility" />
        </fieldset>
        <h2>{tw().rounds}</h2>
        <FieldError errors={errors} path="rounds" />
        <ol class="edit-rounds">
          <For each={doc.rounds}>
            {(round, r) => (
              <RoundEditor
                errors={errors}
                round={round}
                index={r()}
                count={doc.rounds.length}
                language={language()}
                companies={settled(companies)}
                update={(patch) => updateRound(r(), patch)}
                updateItem={(i, patch) => updateItem(r(), i, patch)}
                setItems={(items) => setDoc('rounds', r(), 'items', items)}
                addItem={() => setDoc('rounds', r(), 'items', (items) => [...items, newItem(unwrap(doc), round, 'concept', language())])}
                changeItemType={(i, type) => changeItemType(r(), i, type)}
                moveItem={(i, delta) => setDoc('rounds', r(), 'items', (items) => move(items, i, delta))}
                move={(delta) => setDoc('rounds', (rounds) => move(rounds, r(), delta))}
                remove={() => setDoc('rounds', (rounds) => rounds.filter((_, j) => j !== r()))}
              />
            )}
          </For>
        </ol>
        <button type="button" data-testid="add-round" onClick={() => setDoc('rounds', (rounds) => [...rounds, newRound(unwrap(doc))])}>
          + {tw().addRound}
        </button>
        <div class="actions editor-actions">
          <button type="submit" class="primary" data-testid="writeup-save" disabled={saving()}>
            {saving() ? tw().saving : tw().save}
          </button>
          <Show when={props.onCancel}>
            {(cancel) => (
              <button type="button" class="ghost" onClick={() => cancel()()}>
                {tw().cancel}
              </button>
            )}
          </Show>
        </div>
        <Show when={failure()}>
          {(error) => (
            <>
              <Show when={Object.keys(errors()).length > 0}>
                <p class="field-error">{tw().notSaved}</p>
              </Show>
              <ErrorNotice error={error()} />
            </>
          )}
        </Show>
      </form>
      <section class="writeup-preview" aria-labelledby="preview-heading" data-testid="writeup-preview">
        <h2 id="preview-heading">{tw().preview}</h2>
        <h3>{text(doc.title)}</h3>
        {/* Titles typeset as they are added suspend here, not the whole page. */}
        <Suspense>
          <ol class="timeline">
            <For each={doc.rounds}>
              {(round, r) => (
                <li>
                  <UserRoundCard
                    round={round}
                    index={r()}
                    companyName={companyText(round.company, companyName)}
                    catalogue={settled(catalogue)}
                  />
                </li>
              )}
            </For>
          </ol>
        </Suspense>
      </section>
    </div>
  );
}
