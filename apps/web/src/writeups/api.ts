// The write-up calls of the API client, typed from its OpenAPI document.
import type { paths } from '@mianjing/api/client';
import type { UserWriteupInput } from '@mianjing/core';
import { call, read } from '../lib/api.js';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type WriteupList = Json<paths['/writeups']['get']['responses'][200]>;
export type WriteupSummary = WriteupList['items'][number];
export type WriteupView = Json<paths['/writeups/{id}']['get']['responses'][200]>;
export type WriteupDraft = Json<paths['/writeups/draft']['post']['responses'][200]>;
export type DraftReport = WriteupDraft['report'];
export type DueReview = Json<paths['/reviews/due']['get']['responses'][200]>['items'][number];

/** The public list (curated first) or the reader's own, optionally for one company (id or name). */
export const fetchWriteups = (scope: 'public' | 'mine', company?: string) =>
  read((api) => api.GET('/writeups', { params: { query: { scope, ...(company ? { company } : {}) } } }));

export const fetchWriteup = (id: string) => read((api) => api.GET('/writeups/{id}', { params: { path: { id } } }));

/** Pasted text in, a draft and what the parser recognised out; nothing is stored. */
export const draftWriteup = (text: string) => call((api) => api.POST('/writeups/draft', { body: { text } }));

export const createWriteup = (writeup: UserWriteupInput) => call((api) => api.POST('/writeups', { body: writeup }));

export const updateWriteup = (id: string, writeup: UserWriteupInput) =>
  call((api) => api.PUT('/writeups/{id}', { params: { path: { id } }, body: writeup }));

export const deleteWriteup = (id: string) => call((api) => api.DELETE('/writeups/{id}', { params: { path: { id } } }));

/** Marks one of the author's own items practised by the reader, or unmarks it. */
export const markPractised = (id: string, itemKey: string, practised: boolean) =>
  call((api) => api.POST('/writeups/{id}/items/{itemKey}/practised', { params: { path: { id, itemKey } }, body: { practised } }));

/** Puts the write-up's own cards and its catalogue concept questions in the reader's review deck. */
export const practiseWriteup = (id: string) => call((api) => api.POST('/writeups/{id}/practise', { params: { path: { id } } }));

/** Takes the write-up's own cards out of the reader's deck (catalogue questions stay). */
export const unpractiseWriteup = (id: string) => call((api) => api.DELETE('/writeups/{id}/practise', { params: { path: { id } } }));
