import { createSignal, Show } from 'solid-js';
import { ErrorNotice } from '../components/Async.js';
import { createAction } from '../lib/action.js';
import { t } from '../lib/i18n.js';
import { rename, user } from '../lib/session.js';

/** /account — the account made on the first visit, and its name. */
export default function Account() {
  const [name, setName] = createSignal(user()?.name ?? '');
  const [saved, setSaved] = createSignal(false);
  const saving = createAction(async (next: string) => {
    setSaved(false);
    await rename(next);
    setSaved(true);
  });
  const save = (event: Event) => {
    event.preventDefault();
    void saving.run(name().trim());
  };
  return (
    <section class="page narrow">
      <h1>{t().accountTitle}</h1>
      <p>{t().accountIntro}</p>
      <Show when={user()}>{(account) => <p class="muted">{t().memberSince(new Date(account().createdAt).toLocaleDateString())}</p>}</Show>
      <form class="answer-form" onSubmit={save}>
        <label for="account-name">{t().name}</label>
        <div class="answer-row">
          <input
            id="account-name"
            value={name()}
            maxlength="80"
            required
            autocomplete="nickname"
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit" class="primary" disabled={saving.pending()}>
            {t().saveName}
          </button>
        </div>
      </form>
      <p role="status">{saved() ? t().nameSaved : ''}</p>
      <Show when={saving.error()}>{(failure) => <ErrorNotice error={failure()} />}</Show>
    </section>
  );
}
