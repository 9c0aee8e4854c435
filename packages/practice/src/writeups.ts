import { randomUUID } from 'node:crypto';
import {
  type Catalogue,
  type CompanyRef,
  MianjingError,
  type Progress,
  UserWriteup,
  UserWriteupInput,
  type WriteupDeck,
  type WriteupPracticeState,
  type WriteupSummary,
  type WriteupView,
  fieldsFromZod,
  parseOwnCardKey,
} from '@mianjing/core';
import { canReadWriteup, newCards, ownCardKeys } from './deck.js';
import type { PracticeStore, StoredWriteup, WriteupListing, WriteupRecord } from './store.js';

/**
 * Every limit on users' write-ups, in one place (the README and the tests read
 * these). Sizes are UTF-8 bytes, text lengths UTF-16 code units.
 */
export const WRITEUP_LIMITS = {
  /** Pasted text sent to the draft parser. */
  maxDraftTextBytes: 100 * 1024,
  /** A whole write-up, as JSON. */
  maxDocumentBytes: 200 * 1024,
  /** Any one text field (a title, a note, an answer): `UserText`'s own limit, which the draft parser splits long notes to. */
  maxTextChars: 20_000,
  maxRounds: 50,
  maxItemsPerRound: 100,
  /** Write-ups one user may create per `rateWindowMs`, over every replica. */
  createsPerWindow: 10,
  /** Drafts one user may have parsed per `rateWindowMs`, over every replica. */
  draftsPerWindow: 20,
  rateWindowMs: 60_000,
} as const;
export type WriteupLimits = { readonly [K in keyof typeof WRITEUP_LIMITS]: number };

/** `rate_limited`, with how long to wait before trying again (the API sends it as Retry-After). */
export class RateLimitedError extends MianjingError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message);
  }
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');
const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/**
 * Checks a write-up's sizes before its shape: each text field, the rounds,
 * the items of each round and the whole document. Runs on the raw body, so a
 * field too long answers 413 naming it, not a schema error. Throws
 * `payload_too_large` with `fields`.
 */
export function checkWriteupSize(raw: unknown, limits: WriteupLimits = WRITEUP_LIMITS): void {
  const fields: Record<string, string> = {};
  // Iterative, and no deeper than any write-up goes: a body of nested arrays cannot exhaust the stack.
  const stack: { value: unknown; path: string[] }[] = [{ value: raw, path: [] }];
  while (stack.length > 0 && Object.keys(fields).length < 20) {
    const { value, path } = stack.pop() as { value: unknown; path: string[] };
    const name = path.join('.');
    if (typeof value === 'string') {
      if (value.length > limits.maxTextChars) fields[name] = `is ${value.length} characters long; at most ${limits.maxTextChars}`;
    } else if (Array.isArray(value)) {
      const isRounds = name === 'rounds';
      const isItems = path.length === 3 && path[0] === 'rounds' && path[2] === 'items';
      if (isRounds && value.length > limits.maxRounds) fields[name] = `has ${value.length} rounds; at most ${limits.maxRounds}`;
      if (isItems && value.length > limits.maxItemsPerRound) fields[name] = `has ${value.length} items; at most ${limits.maxItemsPerRound}`;
      if (path.length < 8) value.forEach((child, i) => stack.push({ value: child, path: [...path, String(i)] }));
    } else if (value && typeof value === 'object' && path.length < 8) {
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
    }
  }
  if (Object.keys(fields).length === 0) {
    const bytes = byteLength(JSON.stringify(raw) ?? '');
    if (bytes > limits.maxDocumentBytes) fields['(root)'] = `the write-up is ${kb(bytes)} as JSON; at most ${kb(limits.maxDocumentBytes)}`;
  }
  if (Object.keys(fields).length > 0) {
    throw new MianjingError(
      'payload_too_large',
      `the write-up is too large: ${Object.entries(fields)
        .map(([f, m]) => `${f} ${m}`)
        .join('; ')}`,
      fields,
    );
  }
}

/** Refuses pasted text over the draft limit (`payload_too_large` naming `text`). */
export function checkDraftSize(text: string, limits: WriteupLimits = WRITEUP_LIMITS): void {
  const bytes = byteLength(text);
  if (bytes > limits.maxDraftTextBytes) {
    throw new MianjingError('payload_too_large', `the pasted text is ${kb(bytes)}; at most ${kb(limits.maxDraftTextBytes)}`, {
      text: `is ${kb(bytes)}; at most ${kb(limits.maxDraftTextBytes)}`,
    });
  }
}

const normaliseName = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The key a company is filtered by: a catalogue id, a name the catalogue
 * knows (in either language) as its id, anything else as `name:` and the
 * lower-cased name. A `company=` query goes through the same function.
 *
 * @example companyKey(catalogue, { name: 'PDD' }) // 'pdd' when the catalogue names it so
 * @example companyKey(catalogue, { name: '小红书' }) // 'name:小红书'
 */
export function companyKey(catalogue: Catalogue, ref: CompanyRef): string {
  if (typeof ref === 'string' && catalogue.company(ref)) return ref;
  const name = normaliseName(typeof ref === 'string' ? ref : ref.name);
  const known = catalogue.companies.find((c) => c.id === name || normaliseName(c.name.zh) === name || normaliseName(c.name.en) === name);
  return known ? known.id : `name:${name}`;
}

function companiesOf(catalogue: Catalogue, writeup: UserWriteupInput): string[] {
  const refs = [
    ...writeup.applications.map((a) => a.company),
    ...writeup.rounds.flatMap((r) => (r.company === undefined ? [] : [r.company])),
  ];
  return [...new Set(refs.map((ref) => companyKey(catalogue, ref)))].sort();
}

/** Catalogue items and company ids must exist: each that does not is named as a field. */
function checkReferences(catalogue: Catalogue, writeup: UserWriteupInput): void {
  const fields: Record<string, string> = {};
  const company = (ref: CompanyRef, path: string) => {
    if (typeof ref === 'string' && !catalogue.company(ref))
      fields[path] = `no company "${ref}" in the catalogue; give { "name": … } for one that is not there`;
  };
  writeup.applications.forEach((a, i) => company(a.company, `applications.${i}.company`));
  writeup.rounds.forEach((round, r) => {
    if (round.company !== undefined) company(round.company, `rounds.${r}.company`);
    round.items.forEach((item, i) => {
      const path = `rounds.${r}.items.${i}.id`;
      if (item.type === 'problem' && !catalogue.problem(item.id)) fields[path] = `no problem "${item.id}" in the catalogue`;
      if (item.type === 'numeric' || item.type === 'concept') {
        const question = catalogue.question(item.id);
        if (!question) fields[path] = `no question "${item.id}" in the catalogue`;
        else if (question.kind !== item.type) fields[path] = `"${item.id}" is a ${question.kind} question, not ${item.type}`;
      }
    });
  });
  if (Object.keys(fields).length > 0)
    throw new MianjingError('invalid_request', 'the write-up names what the catalogue does not have', fields);
}

/** A write-up from a request body: sizes (413), then shape (400), then catalogue references (400), each naming the field. */
export function parseWriteupInput(catalogue: Catalogue, raw: unknown, limits: WriteupLimits = WRITEUP_LIMITS): UserWriteupInput {
  checkWriteupSize(raw, limits);
  const parsed = UserWriteupInput.safeParse(raw);
  if (!parsed.success) throw new MianjingError('invalid_request', 'the write-up is not valid', fieldsFromZod(parsed.error));
  checkReferences(catalogue, parsed.data);
  return parsed.data;
}

const notFound = (id: string) => new MianjingError('writeup_not_found', `no write-up with id "${id}"`);

const canRead = canReadWriteup;

/** The catalogue concept questions a write-up names, once each, in its order. */
const conceptIdsOf = (writeup: UserWriteup) => [
  ...new Set(writeup.rounds.flatMap((r) => r.items.flatMap((item) => (item.type === 'concept' ? [item.id] : [])))),
];

export interface WriteupsOptions {
  readonly store: PracticeStore;
  readonly catalogue: Catalogue;
  readonly now: () => Date;
  /** The reader's progress over the catalogue, for the state of catalogue items. */
  readonly progress: (userId: string) => Promise<Progress>;
  readonly limits?: Partial<WriteupLimits>;
}

/**
 * Users' write-ups: saved with their author, read under their visibility
 * (private: the owner only, 404 for anyone else; unlisted: anyone with the id,
 * listed only for the owner; public: listed with the author's name; hidden by
 * an operator: gone for everyone but the owner), rate-limited and size-limited
 * at creation, and practised item by item. The content pack's write-ups are
 * listed beside them as `curated`.
 */
export function createWriteups(options: WriteupsOptions) {
  const { store, catalogue, now } = options;
  const limits: WriteupLimits = { ...WRITEUP_LIMITS, ...options.limits };
  const curated = catalogue.writeups.map((w) => UserWriteup.parse({ ...w, visibility: 'public' }));
  const curatedById = new Map(curated.map((w) => [w.id, w]));

  const takeAllowance = async (userId: string, action: 'create-writeup' | 'draft', max: number, what: string) => {
    const refused = await store.takeRateEvent(userId, action, { max, windowMs: limits.rateWindowMs }, now());
    if (refused) {
      const seconds = Math.max(1, Math.ceil(refused.retryAfterMs / 1000));
      throw new RateLimitedError(`at most ${max} ${what} a minute; try again in ${seconds} s`, seconds);
    }
  };

  const readable = async (id: string, viewerId: string | undefined) => {
    const stored = await store.writeup(id);
    if (!stored || !canRead(stored, viewerId)) throw notFound(id);
    return stored;
  };

  const practiceState = async (writeup: UserWriteup, userId: string, writeupId: string): Promise<WriteupPracticeState> => {
    const isCurated = curatedById.has(writeupId);
    const [progress, practised, cards] = await Promise.all([
      options.progress(userId),
      isCurated ? ({} as Record<string, string>) : store.practisedItems(userId, writeupId),
      isCurated ? [] : store.cards(userId),
    ]);
    const state: WriteupPracticeState = { problems: {}, questions: {}, practised: {}, cards: {} };
    for (const card of cards) {
      const own = parseOwnCardKey(card.questionId);
      if (own?.writeupId === writeupId && state.cards) state.cards[own.itemId] = { phase: card.phase, due: card.due, reps: card.reps };
    }
    for (const item of writeup.rounds.flatMap((r) => r.items)) {
      if (item.type === 'problem') state.problems[item.id] = progress.problemStatus[item.id] ?? 'new';
      else if (item.type === 'numeric' || item.type === 'concept') state.questions[item.id] = progress.questionStatus[item.id] ?? 'new';
      else if (item.type === 'own-problem' || item.type === 'own-concept') {
        const at = practised[item.id];
        if (at) state.practised[item.id] = at;
      }
    }
    return state;
  };

  const view = async (stored: StoredWriteup, viewerId: string | undefined): Promise<WriteupView> => ({
    writeup: stored.writeup,
    curated: false,
    authorName: stored.ownerName,
    hidden: stored.hidden,
    mine: stored.ownerId === viewerId,
    companies: [...stored.companies],
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    practice: viewerId ? await practiceState(stored.writeup, viewerId, stored.writeup.id) : null,
  });

  const summaryOf = (listing: WriteupListing): WriteupSummary => ({
    id: listing.id,
    title: listing.title,
    curated: false,
    authorName: listing.ownerName,
    visibility: listing.visibility,
    hidden: listing.hidden,
    language: listing.language,
    companies: listing.companies,
    rounds: listing.rounds,
    items: listing.items,
    createdAt: listing.createdAt,
    updatedAt: listing.updatedAt,
  });

  const curatedSummary = (w: UserWriteup): WriteupSummary => ({
    id: w.id,
    title: w.title,
    curated: true,
    authorName: null,
    visibility: 'public',
    hidden: false,
    language: w.source.language,
    companies: companiesOf(catalogue, w),
    rounds: w.rounds.length,
    items: w.rounds.reduce((n, r) => n + r.items.length, 0),
    createdAt: null,
    updatedAt: null,
  });

  /** The record to store; `before` is the version it replaces, so only new own concept items become new cards. */
  const record = (ownerId: string, writeup: UserWriteup, createdAt: string, updatedAt: string, before?: UserWriteup): WriteupRecord => {
    const keys = ownCardKeys(writeup);
    const had = new Set(before ? ownCardKeys(before) : []);
    return {
      writeup,
      ownerId,
      companies: companiesOf(catalogue, writeup),
      createdAt,
      updatedAt,
      cards: {
        keys,
        added: newCards(
          keys.filter((k) => !had.has(k)),
          new Date(updatedAt),
        ),
      },
    };
  };

  /** A write-up the reader may see, curated ones included, as the document and its owner (none for curated). */
  const readableDocument = async (id: string, viewerId: string): Promise<UserWriteup> =>
    curatedById.get(id) ?? (await readable(id, viewerId)).writeup;

  /** This write-up's cards in a person's deck: the own cards they hold, then its catalogue concept questions. */
  const deckOf = async (userId: string, writeup: UserWriteup): Promise<WriteupDeck['cards']> => {
    const held = new Set((await store.cards(userId)).map((c) => c.questionId));
    return [...ownCardKeys(writeup).filter((k) => held.has(k)), ...conceptIdsOf(writeup)];
  };

  return {
    limits,

    /** Checks sizes (413), shape and references (400), then the creation limit (429), then saves. */
    async create(ownerId: string, raw: unknown): Promise<WriteupView> {
      const input = parseWriteupInput(catalogue, raw, limits);
      await takeAllowance(ownerId, 'create-writeup', limits.createsPerWindow, 'new write-ups');
      const at = now().toISOString();
      const writeup: UserWriteup = { ...input, id: randomUUID() };
      await store.insertWriteup(record(ownerId, writeup, at, at));
      return view((await store.writeup(writeup.id)) as StoredWriteup, ownerId);
    },

    /** Replaces the owner's write-up; anyone else's (or a missing one) is `writeup_not_found`. */
    async update(ownerId: string, id: string, raw: unknown): Promise<WriteupView> {
      const stored = await store.writeup(id);
      if (!stored || stored.ownerId !== ownerId) throw notFound(id);
      const input = parseWriteupInput(catalogue, raw, limits);
      const writeup: UserWriteup = { ...input, id };
      if (!(await store.updateWriteup(record(ownerId, writeup, stored.createdAt, now().toISOString(), stored.writeup)))) throw notFound(id);
      return view((await store.writeup(id)) as StoredWriteup, ownerId);
    },

    async remove(ownerId: string, id: string): Promise<void> {
      if (!(await store.deleteWriteup(id, ownerId))) throw notFound(id);
    },

    /** A write-up the reader may see, curated ones included, with their practice state when signed in. */
    async get(id: string, viewerId: string | undefined): Promise<WriteupView> {
      const bundled = curatedById.get(id);
      if (bundled) {
        return {
          writeup: bundled,
          curated: true,
          authorName: null,
          hidden: false,
          mine: false,
          companies: companiesOf(catalogue, bundled),
          createdAt: null,
          updatedAt: null,
          practice: viewerId ? await practiceState(bundled, viewerId, id) : null,
        };
      }
      return view(await readable(id, viewerId), viewerId);
    },

    /**
     * Public write-ups (the curated ones first, on the first page) or all of
     * the owner's, newest-updated first, optionally naming a company (id or name).
     */
    async list(query: { scope: 'public' | 'mine'; viewerId?: string; company?: string; limit: number; offset: number }) {
      if (query.scope === 'mine' && !query.viewerId)
        throw new MianjingError('unauthorized', 'your write-ups need an account: send Authorization: Bearer <token>');
      const company = query.company === undefined ? undefined : companyKey(catalogue, query.company);
      const scope = query.scope === 'mine' && query.viewerId ? { ownerId: query.viewerId } : { public: true as const };
      const rows = await store.listWriteups(scope, { ...(company ? { company } : {}), limit: query.limit + 1, offset: query.offset });
      const items = rows.slice(0, query.limit).map(summaryOf);
      const bundled =
        query.scope === 'public' && query.offset === 0
          ? curated.map(curatedSummary).filter((s) => company === undefined || s.companies.includes(company))
          : [];
      return { items: [...bundled, ...items], nextOffset: rows.length > query.limit ? query.offset + query.limit : null };
    },

    /** An operator hides a write-up from everyone but its owner, or shows it again. */
    async setHidden(id: string, hidden: boolean): Promise<WriteupView> {
      if (!(await store.setWriteupHidden(id, hidden))) throw notFound(id);
      return view((await store.writeup(id)) as StoredWriteup, undefined);
    },

    /** Marks one of the author's own items practised by this reader, or unmarks it. */
    async setPractised(userId: string, id: string, itemKey: string, practised: boolean) {
      const stored = await readable(id, userId);
      const item = stored.writeup.rounds
        .flatMap((r) => r.items)
        .find((i) => (i.type === 'own-problem' || i.type === 'own-concept') && i.id === itemKey);
      if (!item) {
        throw new MianjingError(
          'item_not_found',
          `no item of your own kind with key "${itemKey}" in this write-up (catalogue items are practised by submitting or reviewing)`,
        );
      }
      const at = practised ? now().toISOString() : null;
      await store.setItemPractised(userId, id, itemKey, at);
      return { itemKey, practised, practisedAt: at };
    },

    /**
     * "Practise this write-up": puts its own concept items' cards and its
     * catalogue concept questions in the reader's review deck (cards already
     * there keep their schedule). Any write-up the reader may see; else
     * `writeup_not_found`.
     */
    async practise(userId: string, id: string): Promise<WriteupDeck> {
      const writeup = await readableDocument(id, userId);
      const at = now();
      const added = await store.addCards(userId, newCards([...ownCardKeys(writeup), ...conceptIdsOf(writeup)], at));
      return { writeupId: id, added, removed: 0, cards: await deckOf(userId, writeup) };
    },

    /** Takes a write-up's own cards out of the reader's deck (its catalogue questions stay, as in every deck). */
    async unpractise(userId: string, id: string): Promise<WriteupDeck> {
      const writeup = await readableDocument(id, userId);
      const removed = curatedById.has(id) ? 0 : await store.removeWriteupCards(userId, id);
      return { writeupId: id, added: 0, removed, cards: await deckOf(userId, writeup) };
    },

    /** Checks pasted text's size (413) and the user's draft limit (429); drafts themselves are never stored. */
    async allowDraft(userId: string, text: string): Promise<void> {
      checkDraftSize(text, limits);
      await takeAllowance(userId, 'draft', limits.draftsPerWindow, 'drafts');
    },
  };
}

export type Writeups = ReturnType<typeof createWriteups>;
