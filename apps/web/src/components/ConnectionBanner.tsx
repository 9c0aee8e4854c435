import { createSignal, onCleanup, Show } from 'solid-js';
import { connection, retryNow } from '../lib/api.js';
import { t } from '../lib/i18n.js';

/** Says that the server cannot be reached and when the next attempt is, while reads keep retrying. */
export function ConnectionBanner() {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 500);
  onCleanup(() => clearInterval(timer));
  const seconds = () => Math.max(0, Math.ceil((connection().retryAt - now()) / 1000));
  return (
    <Show when={connection().lost}>
      <div class="connection-banner" role="alert">
        <span>{t().connectionLost}</span> <span>{t().connectionRetrying(seconds())}</span>{' '}
        <button type="button" onClick={retryNow}>
          {t().connectionRetryNow}
        </button>
      </div>
    </Show>
  );
}
