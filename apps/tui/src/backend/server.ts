import {
  CollectionSummary,
  CollectionView,
  Company,
  MianjingError,
  Progress,
  ProblemSummary,
  PublicProblem,
  PublicQuestion,
  ReviewCard,
  RoundView,
  fieldsFromZod,
  WriteupSummary,
  WriteupView,
} from '@mianjing/core';
import { WriteupDraft } from '@mianjing/writeups';
import { createMianjingClient } from '@mianjing/api/client';
import { z } from 'zod';
import { type Backend, orderGrade } from './backend.js';
import { DueReview, PublicSubmission } from '@mianjing/core';

/** How often a submission the server is still judging is looked at again. */
const POLL_MS = 250;
/** Largest page the API serves. */
const PAGE = 100;

const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});

type Reply<T> = { data?: T; error?: unknown; response: Response };

/** Sends one request, turning the API's error shape into a `MianjingError` with its code. */
function callServer(origin: string) {
  return async function call<T>(send: () => Promise<Reply<T>>): Promise<T> {
    let reply: Reply<T>;
    try {
      reply = await send();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new MianjingError('server_unreachable', `cannot reach the Mianjing server at ${origin} (${cause})`);
    }
    if (reply.response.ok && reply.data !== undefined) return reply.data;
    const body = ErrorBody.safeParse(reply.error);
    if (body.success) throw new MianjingError(body.data.error.code, body.data.error.message, body.data.error.fields);
    throw new MianjingError(
      'bad_response',
      `${origin} answered ${reply.response.status} without a Mianjing error; is it a Mianjing server?`,
    );
  };
}

/**
 * Mianjing through a running server's HTTP API (the typed client of
 * `@mianjing/api/client`). Every answer is checked with core's schemas.
 */
export function openServerBackend(options: { origin: string; token: string | undefined }): Backend {
  const { origin, token } = options;
  const api = createMianjingClient(origin, token);

  const call = callServer(origin);

  /** Checks an answer against the schema the API documents. */
  function check<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const fields = Object.entries(fieldsFromZod(parsed.error))
      .slice(0, 3)
      .map(([f, m]) => `${f}: ${m}`);
    throw new MianjingError(
      'bad_response',
      `the server sent data this mj does not understand (${fields.join('; ')}); are mj and the server the same version?`,
    );
  }

  const requireAccount = () => {
    if (!token) {
      throw new MianjingError('unauthorized', 'this needs an account on the server: run `mj signup <name>` or pass --token');
    }
  };

  return {
    mode: 'server',
    signedIn: token !== undefined,
    companies: async () => check(z.array(Company), (await call(() => api.GET('/companies'))).items),
    async listProblems(filter) {
      const items: unknown[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await call(() => api.GET('/problems', { params: { query: { ...filter, limit: PAGE, offset } } }));
        items.push(...page.items);
        if (items.length >= page.total || page.items.length === 0) break;
      }
      return check(z.array(ProblemSummary), items);
    },
    problem: async (id, problemOptions) =>
      check(
        PublicProblem,
        await call(() =>
          api.GET('/problems/{id}', { params: { path: { id }, query: problemOptions?.editorial ? { reveal: 'editorial' } : {} } }),
        ),
      ),
    async judge(request) {
      requireAccount();
      const sent = await call(() =>
        api.POST('/submissions', { params: { query: { wait: 'true' } }, body: { customInputs: [], ...request } }),
      );
      // A 202 means the server stopped waiting before the judge finished: look again until it has.
      let finished: unknown = 'result' in sent ? sent : undefined;
      while (finished === undefined) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const current = await call(() => api.GET('/submissions/{id}', { params: { path: { id: sent.id } } }));
        if (current.status === 'done') finished = current;
      }
      return check(PublicSubmission, finished);
    },
    questions: async (filter) =>
      check(z.array(PublicQuestion), (await call(() => api.GET('/questions', { params: { query: filter } }))).items),
    question: async (id) => check(PublicQuestion, await call(() => api.GET('/questions/{id}', { params: { path: { id } } }))),
    answer: async (questionId, value) =>
      orderGrade(await call(() => api.POST('/questions/{id}/answer', { params: { path: { id: questionId } }, body: { value } }))),
    async dueReviews() {
      requireAccount();
      return check(z.array(DueReview), (await call(() => api.GET('/reviews/due'))).items);
    },
    async review(questionId, rating) {
      requireAccount();
      return check(ReviewCard, await call(() => api.POST('/reviews', { body: { questionId, rating } })));
    },
    async progress() {
      requireAccount();
      return check(Progress, await call(() => api.GET('/me/progress')));
    },
    collections: async () => check(z.array(CollectionSummary), (await call(() => api.GET('/collections'))).items),
    collection: async (id) => check(CollectionView, await call(() => api.GET('/collections/{id}', { params: { path: { id } } }))),
    interviews: async (company) =>
      check(z.array(RoundView), (await call(() => api.GET('/interviews', { params: { query: company ? { company } : {} } }))).items),
    async writeups(scope) {
      if (scope === 'mine') requireAccount();
      const items: unknown[] = [];
      for (let offset: number | null = 0; offset !== null; ) {
        const at: number = offset;
        const page = await call(() => api.GET('/writeups', { params: { query: { scope, limit: PAGE, offset: at } } }));
        items.push(...page.items);
        offset = page.nextOffset;
      }
      return check(z.array(WriteupSummary), items);
    },
    writeup: async (id) => check(WriteupView, await call(() => api.GET('/writeups/{id}', { params: { path: { id } } }))),
    async createWriteup(input) {
      requireAccount();
      return check(WriteupView, await call(() => api.POST('/writeups', { body: input })));
    },
    async draftWriteup(text, draftOptions) {
      requireAccount();
      return check(WriteupDraft, await call(() => api.POST('/writeups/draft', { body: { text, ...draftOptions } })));
    },
    close: async () => undefined,
  };
}

/** Creates an account on a server and returns its token (`POST /users`). */
export async function signUp(origin: string, name: string): Promise<{ id: string; name: string; token: string }> {
  const api = createMianjingClient(origin);
  return callServer(origin)(() => api.POST('/users', { body: { name } }));
}
