// The reads shared by several pages, each one typed call of the API client.
import { createResource } from 'solid-js';
import { read } from './api.js';
import { loc } from './i18n.js';

export const fetchCompanies = () => read((api) => api.GET('/companies')).then((r) => r.items);
export const fetchRounds = (company?: string) =>
  read((api) => api.GET('/interviews', { params: { query: company ? { company } : {} } })).then((r) => r.items);
export const fetchRound = (roundId: string) => read((api) => api.GET('/interviews/{roundId}', { params: { path: { roundId } } }));
export const fetchProgress = () => read((api) => api.GET('/me/progress'));
export const fetchLanguages = () => read((api) => api.GET('/languages')).then((r) => r.items);
export const fetchQuestion = (id: string) => read((api) => api.GET('/questions/{id}', { params: { path: { id } } }));
export const fetchProblem = (id: string, reveal: boolean) =>
  read((api) => api.GET('/problems/{id}', { params: { path: { id }, query: reveal ? { reveal: 'editorial' } : {} } }));
/** How many problems and questions the catalogue holds (from /health). */
export const fetchCatalogueSize = () => read((api) => api.GET('/health')).then((h) => ({ problems: h.problems, questions: h.questions }));
export const fetchCollections = () => read((api) => api.GET('/collections')).then((r) => r.items);
export const fetchCollection = (id: string) => read((api) => api.GET('/collections/{id}', { params: { path: { id } } }));

type Companies = Awaited<ReturnType<typeof fetchCompanies>>;

/** A company's name in the current language, or its id while the list is loading. */
export function companyName(companies: Companies | undefined, id: string): string {
  const company = companies?.find((c) => c.id === id);
  return company ? loc(company.name) : id;
}

/** Company names by id for a component that needs nothing else about companies. */
export function useCompanyNames(): (id: string) => string {
  const [companies] = createResource(fetchCompanies);
  return (id) => companyName(companies.latest, id);
}
