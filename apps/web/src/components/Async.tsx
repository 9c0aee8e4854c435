import type { Accessor, JSX, Resource } from 'solid-js';
import { Match, Switch } from 'solid-js';
import { describeError } from '../lib/api.js';
import { t } from '../lib/i18n.js';

/** A spinner with a label screen readers announce. */
export function Loading(props: { readonly label?: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {props.label ?? t().loading}
    </p>
  );
}

/** The message of a failure and a way to try again. */
export function ErrorNotice(props: { readonly error: unknown; readonly onRetry?: () => void }) {
  return (
    <div class="error-notice" role="alert">
      <strong>{t().errorTitle}</strong>
      <p>{describeError(props.error, t().connectionLostShort)}</p>
      {props.onRetry && (
        <button type="button" onClick={() => props.onRetry?.()}>
          {t().retry}
        </button>
      )}
    </div>
  );
}

/**
 * What a resource holds: a spinner while the first answer is on its way,
 * the API's message with "Retry" when it failed, the content otherwise (the
 * previous content stays while it refreshes).
 */
export function Async<T>(props: {
  readonly resource: Resource<T>;
  readonly retry: () => void;
  readonly loadingLabel?: string;
  readonly children: (value: Accessor<T>) => JSX.Element;
}) {
  return (
    <Switch fallback={<Loading {...(props.loadingLabel ? { label: props.loadingLabel } : {})} />}>
      <Match when={props.resource.state === 'errored'}>
        <ErrorNotice error={props.resource.error} onRetry={props.retry} />
      </Match>
      <Match when={props.resource.state === 'ready' || props.resource.state === 'refreshing'}>
        {props.children(() => props.resource.latest as T)}
      </Match>
    </Switch>
  );
}
