import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { call } from '../lib/api.js';
import { setLocale } from '../lib/i18n.js';
import { hasMath } from '../lib/markdown.js';
import { ensureAccount } from '../lib/session.js';

// The catalogue's own reference solution (a path, not `new URL(…, import.meta.url)`, which Vite rewrites into an asset address).
const SOFTMAX = readFileSync(
  resolve(import.meta.dirname, '../../../../packages/core/content/problems/softmax/solutions/reference.ts'),
  'utf8',
);

const fetchCanon = () => call((api) => api.GET('/collections/{id}', { params: { path: { id: 'cv-ml-canon' } } }));
const sectionOf = (title: string) => screen.getByRole('region', { name: title });

describe('a collection’s page against the real API', () => {
  beforeEach(() => setLocale('en'));

  it('shows every section heading in order and its items, linking to them', async () => {
    await ensureAccount();
    const canon = await fetchCanon();
    render(() => <App path="/collections/cv-ml-canon" />);
    expect(await screen.findByRole('heading', { level: 1, name: canon.title.en })).toBeTruthy();
    expect(screen.getByText(canon.description.en)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(canon.sections.map((s) => s.title.en));

    for (const section of canon.sections) {
      const region = sectionOf(section.title.en);
      const rows = within(region).getAllByRole('listitem');
      expect(rows.map((row) => row.dataset.item)).toEqual(section.items.map((item) => item.id));
      section.items.forEach((item, index) => {
        const row = rows[index] as HTMLElement;
        const link = within(row).getByRole('link');
        expect(link.getAttribute('href')).toBe(item.type === 'problem' ? `/problems/${item.id}` : `/questions/${item.id}`);
        const title = canon.itemTitles[item.id]?.en ?? '';
        // A title with TeX shows as KaTeX (checked after the loop, once KaTeX has loaded); others as they are.
        if (!hasMath(title)) expect(link.textContent).toBe(title);
        expect(row.textContent).toContain(item.type === 'problem' ? 'Coding' : item.type === 'numeric' ? 'Numeric' : 'Concept');
        expect(row.dataset.status).toBe('new');
      });
      if (section.description) expect(region.textContent).toContain(section.description.en);
    }
    const withTex = canon.sections.flatMap((s) => s.items).filter((item) => hasMath(canon.itemTitles[item.id]?.en ?? ''));
    for (const item of withTex) await waitFor(() => expect(document.querySelector(`[data-item="${item.id}"] a .katex`)).toBeTruthy());
  });

  it('counts an accepted softmax in the layers section and marks it solved', async () => {
    await ensureAccount();
    await call((api) =>
      api.POST('/submissions', {
        params: { query: { wait: 'true' } },
        body: { problemId: 'softmax', language: 'typescript', mode: 'submit', code: SOFTMAX },
      }),
    );
    // `wait=true` may answer 202 before the judge is done on a busy machine: wait for the progress itself.
    await expect
      .poll(async () => (await call((api) => api.GET('/me/progress'))).problemStatus['softmax'], { timeout: 60_000, interval: 500 })
      .toBe('solved');
    const canon = await fetchCanon();
    const layers = canon.progress?.find((p) => p.id === 'layers');
    expect(layers?.problems.solved).toBe(1);
    const layersTitle = canon.sections.find((s) => s.id === 'layers')?.title.en ?? 'Layers';

    render(() => <App path="/collections/cv-ml-canon" />);
    await screen.findByRole('heading', { level: 1, name: canon.title.en });
    const region = sectionOf(layersTitle);
    const bar = within(region).getByRole('progressbar', { name: `Progress in ${layersTitle}` });
    const text = `1/${layers?.problems.total} solved · 0/${layers?.questions.total} questions done`;
    expect(bar.getAttribute('aria-valuetext')).toBe(text);
    expect(bar.getAttribute('aria-valuenow')).toBe('1');
    expect(region.textContent).toContain(text);

    const softmax = region.querySelector('[data-item="softmax"]') as HTMLElement;
    await waitFor(() => expect(softmax.dataset.status).toBe('done'));
    expect(within(softmax).getByText('Solved')).toBeTruthy();
    expect(softmax.textContent).toContain('✓');
    for (const row of region.querySelectorAll<HTMLElement>('[data-item]')) if (row !== softmax) expect(row.dataset.status).toBe('new');
  });

  it('switches to Chinese titles', async () => {
    await ensureAccount();
    const canon = await fetchCanon();
    const user = userEvent.setup();
    render(() => <App path="/collections/cv-ml-canon" />);
    await screen.findByRole('heading', { level: 1, name: canon.title.en });
    await user.click(screen.getByRole('button', { name: /Switch the interface and content to Chinese/ }));
    expect(await screen.findByRole('heading', { level: 1, name: canon.title.zh })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(canon.sections.map((s) => s.title.zh));
    for (const section of canon.sections) {
      for (const item of section.items.filter((i) => !hasMath(canon.itemTitles[i.id]?.zh ?? ''))) {
        const row = sectionOf(section.title.zh).querySelector(`[data-item="${item.id}"]`) as HTMLElement;
        expect(within(row).getByRole('link').textContent).toBe(canon.itemTitles[item.id]?.zh);
      }
    }
    // Link names are computed in the header only: jsdom cannot compute styles inside KaTeX's MathML.
    expect(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '合集' })).toBeTruthy();
  });

  it('shows the API’s message for an unknown collection', async () => {
    render(() => <App path="/collections/no-such-collection" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('no collection with id "no-such-collection"');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
