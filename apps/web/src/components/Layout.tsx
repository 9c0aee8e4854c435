import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { locale, setLocale, t } from '../lib/i18n.js';
import { user } from '../lib/session.js';
import { theme, toggleTheme } from '../lib/theme.js';
import { ConnectionBanner } from './ConnectionBanner.js';

/** Header with the navigation, language and theme switches; the page below it. */
export function Layout(props: { readonly children?: JSX.Element }) {
  return (
    <>
      <a class="skip-link" href="#main">
        {t().skipToContent}
      </a>
      <header class="site-header">
        <A href="/" class="brand" end>
          <span aria-hidden="true">面</span> {t().appName}
        </A>
        <nav aria-label={t().mainNavigation} class="main-nav">
          <A href="/" end>
            {t().navInterviews}
          </A>
          <A href="/writeups">{t().navWriteups}</A>
          <A href="/problems">{t().navProblems}</A>
          <A href="/collections">{t().navCollections}</A>
          <A href="/questions">{t().navQuestions}</A>
          <A href="/review">{t().navReview}</A>
          <A href="/progress">{t().navProgress}</A>
        </nav>
        <div class="header-tools">
          <button type="button" class="ghost" onClick={() => setLocale(locale() === 'zh' ? 'en' : 'zh')}>
            <span lang={locale() === 'zh' ? 'en' : 'zh'}>{t().switchLanguage}</span>
            <span class="visually-hidden"> — {t().switchLanguageLabel}</span>
          </button>
          <button type="button" class="ghost" aria-pressed={theme() === 'dark'} onClick={toggleTheme}>
            {theme() === 'dark' ? t().themeToLight : t().themeToDark}
          </button>
          <A href="/account" class="account-link">
            <span class="visually-hidden">{t().navAccount}: </span>
            {user()?.name}
          </A>
        </div>
      </header>
      <ConnectionBanner />
      <main id="main" tabindex="-1">
        {props.children}
      </main>
    </>
  );
}
