// The catalogue's problems and questions, loaded once, for the item picker and
// for the titles of catalogue items on a user's write-up.
import { read } from '../lib/api.js';
import { locale } from '../lib/i18n.js';

export type CatalogueKind = 'problem' | 'numeric' | 'concept';

export interface CatalogueEntry {
  readonly kind: CatalogueKind;
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  /** Lower-cased id, titles and aliases in both languages, for searching. */
  readonly haystack: string;
}

export interface Catalogue {
  readonly entries: readonly CatalogueEntry[];
  readonly byKey: ReadonlyMap<string, CatalogueEntry>;
}

const PAGE = 100;

async function loadProblems(): Promise<CatalogueEntry[]> {
  const entries: CatalogueEntry[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await read((api) => api.GET('/problems', { params: { query: { limit: PAGE, offset } } }));
    for (const p of page.items) {
      const words = [p.id, p.title.zh, p.title.en, ...p.aliases.zh, ...p.aliases.en, p.source.ref ?? ''];
      entries.push({ kind: 'problem', id: p.id, title: p.title, haystack: words.join('\n').toLowerCase() });
    }
    if (offset + PAGE >= page.total) return entries;
  }
}

async function loadQuestions(): Promise<CatalogueEntry[]> {
  const { items } = await read((api) => api.GET('/questions'));
  return items.map((q) => ({
    kind: q.kind,
    id: q.id,
    title: q.prompt,
    haystack: [q.id, q.prompt.zh, q.prompt.en].join('\n').toLowerCase(),
  }));
}

let loading: Promise<Catalogue> | undefined;

/** Every problem and question of the catalogue (fetched once per page load). */
export function loadCatalogue(): Promise<Catalogue> {
  loading ??= Promise.all([loadProblems(), loadQuestions()])
    .then(([problems, questions]) => {
      const entries = [...problems, ...questions];
      return { entries, byKey: new Map(entries.map((e) => [`${e.kind}:${e.id}`, e])) };
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** A catalogue item's title in the current language, or its id until the catalogue has loaded. */
export function catalogueTitle(catalogue: Catalogue | undefined, kind: CatalogueKind, id: string): string {
  const entry = catalogue?.byKey.get(`${kind}:${id}`);
  return entry ? entry.title[locale()] : id;
}

/**
 * The entries of one kind whose id, title or alias (either language) holds
 * every word of the query, titles that start with it first.
 *
 * @example searchCatalogue(catalogue, 'problem', '反转 链表')
 */
export function searchCatalogue(catalogue: Catalogue, kind: CatalogueKind, query: string, limit = 12): CatalogueEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const found = catalogue.entries.filter((e) => e.kind === kind && words.every((w) => e.haystack.includes(w)));
  const first = words[0] ?? '';
  const rank = (e: CatalogueEntry) => (e.id === first ? 0 : e.haystack.split('\n').some((s) => s.startsWith(first)) ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}
