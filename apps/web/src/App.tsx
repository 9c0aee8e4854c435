import { A, createMemoryHistory, MemoryRouter, Route, Router } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { createResource, ErrorBoundary, lazy, Show, Suspense } from 'solid-js';
import { ErrorNotice, Loading } from './components/Async.js';
import { Layout } from './components/Layout.js';
import { t } from './lib/i18n.js';
import { ensureAccount } from './lib/session.js';

const Timeline = lazy(() => import('./pages/Timeline.js'));
const MockInterview = lazy(() => import('./pages/MockInterview.js'));
const Problems = lazy(() => import('./pages/Problems.js'));
const ProblemPage = lazy(() => import('./pages/ProblemPage.js'));
const Collections = lazy(() => import('./pages/Collections.js'));
const CollectionPage = lazy(() => import('./pages/CollectionPage.js'));
const Questions = lazy(() => import('./pages/Questions.js'));
const QuestionPage = lazy(() => import('./pages/QuestionPage.js'));
const Review = lazy(() => import('./pages/Review.js'));
const ProgressPage = lazy(() => import('./pages/ProgressPage.js'));
const Writeups = lazy(() => import('./pages/Writeups.js'));
const WriteupNew = lazy(() => import('./pages/WriteupNew.js'));
const WriteupPage = lazy(() => import('./pages/WriteupPage.js'));
const WriteupEdit = lazy(() => import('./pages/WriteupEdit.js'));
const Account = lazy(() => import('./pages/Account.js'));

function NotFound() {
  return (
    <section class="page">
      <p>{t().notFound}</p>
      <A href="/">{t().backHome}</A>
    </section>
  );
}

/** Every page needs the account (progress, submissions), so it is made or found first. */
function Shell(props: { readonly children?: JSX.Element }) {
  const [account, { refetch }] = createResource(ensureAccount);
  return (
    <Layout>
      <Show
        when={account.state === 'ready'}
        fallback={
          <Show when={account.state === 'errored'} fallback={<Loading label={t().settingUp} />}>
            <ErrorNotice error={account.error} onRetry={() => void refetch()} />
          </Show>
        }
      >
        {/* A page whose code could not be loaded (offline, a new deployment) says so instead of going blank. */}
        <ErrorBoundary fallback={(error, reset) => <ErrorNotice error={error} onRetry={reset} />}>
          <Suspense fallback={<Loading />}>{props.children}</Suspense>
        </ErrorBoundary>
      </Show>
    </Layout>
  );
}

const routes = () => (
  <>
    <Route path="/" component={Timeline} />
    <Route path="/mock/:roundId" component={MockInterview} />
    <Route path="/problems" component={Problems} />
    <Route path="/problems/:id" component={ProblemPage} />
    <Route path="/collections" component={Collections} />
    <Route path="/collections/:id" component={CollectionPage} />
    <Route path="/questions" component={Questions} />
    <Route path="/questions/:id" component={QuestionPage} />
    <Route path="/review" component={Review} />
    <Route path="/progress" component={ProgressPage} />
    <Route path="/writeups" component={Writeups} />
    <Route path="/writeups/new" component={WriteupNew} />
    <Route path="/writeups/:id" component={WriteupPage} />
    <Route path="/writeups/:id/edit" component={WriteupEdit} />
    <Route path="/writeups/:id/mock/:roundId" component={MockInterview} />
    <Route path="/account" component={Account} />
    <Route path="*404" component={NotFound} />
  </>
);

/** The app in the browser's address bar; with `path`, in memory starting there (component tests). */
export function App(props: { readonly path?: string }) {
  if (props.path) {
    const history = createMemoryHistory();
    history.set({ value: props.path, replace: true });
    return (
      <MemoryRouter root={Shell} history={history}>
        {routes()}
      </MemoryRouter>
    );
  }
  return <Router root={Shell}>{routes()}</Router>;
}
