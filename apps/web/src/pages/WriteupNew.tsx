import type { UserWriteupInput } from '@mianjing/core';
import { useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { ErrorNotice, Loading } from '../components/Async.js';
import { createAction } from '../lib/action.js';
import { locale } from '../lib/i18n.js';
import { createWriteup, type DraftReport, draftWriteup } from '../writeups/api.js';
import { DraftReportView } from '../writeups/DraftReportView.js';
import { WriteupEditor } from '../writeups/editor/WriteupEditor.js';
import { emptyWriteup } from '../writeups/editor/model.js';
import { tw } from '../writeups/messages.js';

/** /writeups/new — paste a write-up for a draft (or start empty), correct it in the editor, save. */
export default function WriteupNew() {
  const navigate = useNavigate();
  const [text, setText] = createSignal('');
  const [draft, setDraft] = createSignal<{ writeup: UserWriteupInput; report?: DraftReport }>();
  const parse = createAction(async () => {
    const result = await draftWriteup(text());
    setDraft({ writeup: result.writeup as UserWriteupInput, report: result.report });
  });
  const save = async (writeup: UserWriteupInput) => {
    const saved = await createWriteup(writeup);
    navigate(`/writeups/${saved.writeup.id}`);
  };
  return (
    <section class="page wide">
      <h1>{tw().newTitle}</h1>
      <p class="lead">{tw().pasteIntro}</p>
      <form
        class="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text().trim()) void parse.run();
        }}
      >
        <label for="draft-text">{tw().pasteLabel}</label>
        <textarea
          id="draft-text"
          data-testid="draft-text"
          rows={12}
          placeholder={tw().pastePlaceholder}
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" class="primary" data-testid="draft-parse" disabled={parse.pending() || !text().trim()}>
            {tw().makeDraft}
          </button>
          <button type="button" class="ghost" data-testid="draft-empty" onClick={() => setDraft({ writeup: emptyWriteup(locale()) })}>
            {tw().startEmpty}
          </button>
        </div>
      </form>
      <Show when={parse.pending()}>
        <Loading label={tw().drafting} />
      </Show>
      <Show when={parse.error()}>{(error) => <ErrorNotice error={error()} />}</Show>
      <Show when={draft()} keyed>
        {(current) => (
          <>
            <Show when={current.report}>{(report) => <DraftReportView writeup={current.writeup} report={report()} />}</Show>
            <p>{tw().editDraft}</p>
            <WriteupEditor initial={current.writeup} save={save} />
          </>
        )}
      </Show>
    </section>
  );
}
