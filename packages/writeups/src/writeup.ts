import type {
  ApplicationOutcome,
  Catalogue,
  CompanyRef,
  Locale,
  UserApplication,
  UserRound,
  UserRoundItem,
  UserWriteupInput,
} from '@mianjing/core';
import { catalogueIndex } from './catalogue-index.js';
import type { CompanyEntry } from './companies.js';
import type { Confidence, DraftReport, ItemReport, RoundReport, WriteupDraft } from './draft.js';
import { residualOf } from './heading.js';
import { textOfNorm } from './normalise.js';
import { type CompanyMention, detectLanguage, type ReadLine, Reader, textIn } from './parse.js';
import type { ItemDraft, RoundState } from './rounds.js';
import { within } from './scan.js';
import { isSeparator, outsideBrackets, splitClauses } from './structure.js';

export interface ParseOptions {
  /** The language the text is written in; when absent, Chinese if it has at least as many Chinese characters as English words. */
  readonly language?: Locale;
  /** The year of dates that give none, when no earlier date in the text gives one. */
  readonly year?: number;
}

/** Text fields of a user's write-up hold at most this many characters; longer notes are split. */
const maxText = 20_000;

function chunks(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += maxText) parts.push(text.slice(i, i + maxText));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Turns pasted text — a forum 面经, notes, a message — into a draft write-up
 * for its author to correct, and a report of what was recognised in it, from
 * which lines and how surely. Deterministic, offline, and linear in the text:
 * each line is normalised and scanned once by an automaton built once per
 * catalogue.
 *
 * It finds rounds from headings and phrases (`5.14 pdd推荐一面`, `二面：…`,
 * `Round 2 (May 16)`), with companies by their names and nicknames
 * (`companies.ts`), dates (`5.16`, `5月16日`, `2024-05-16`, `May 16`) and
 * outcomes (过/挂/oc/offer/意向/感谢信/passed/rejected); coding questions from
 * LeetCode references (`lc69`, `力扣 304`, `LCR 013`, `面试题 01.07`), problem
 * titles and aliases in either language and 手撕/coding phrases; concept
 * questions from questions and list items, linked to a catalogue question
 * when the wording is close (`matchQuestion`) and otherwise the author's own
 * with the answer left for them; talk (self-introduction, paper, project,
 * reverse questions…). Text it cannot place becomes a note of the round, or
 * the background before the first round: `report.lines` accounts for every
 * non-empty line.
 *
 * @example
 * const { writeup, report } = parseWriteup('5.14 pdd一面\n- 手写算法：lc 69\n- 讲一下LoRA？', loadCatalogue());
 * writeup.rounds[0]?.items[0] // { type: 'problem', id: 'sqrt-x', note: { zh: '手写算法：lc 69' } }
 */
export function parseWriteup(text: string, catalogue: Catalogue, options: ParseOptions = {}): WriteupDraft {
  const index = catalogueIndex(catalogue);
  const stepsBefore = index.automaton.steps;
  const detected = detectLanguage(text);
  const language = options.language ?? detected;
  const reader = new Reader(index, options.year);
  const preamble: ReadLine[] = [];
  let started = false;
  let first = true;
  let nonEmpty = 0;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] as string).trim();
    if (trimmed.length === 0) continue;
    nonEmpty++;
    const read = Reader.read(i + 1, trimmed, index);
    const heading = started ? false : Reader.hasHeading(read);
    if (first) {
      first = false;
      if (!heading && !read.markers.bullet && trimmed.length <= 150 && !isSeparator(read.line.norm, read.line.key)) {
        reader.title(read);
        continue;
      }
    }
    if (started) reader.line(read);
    else if (heading) {
      started = true;
      for (const before of preamble) reader.background(before);
      preamble.length = 0;
      reader.line(read);
    } else preamble.push(read);
  }
  if (!started && preamble.length > 0) {
    // No heading anywhere: the background runs to the first line that looks like a question, and the rest is one round.
    const firstItem = preamble.findIndex(looksLikeItem);
    const cut = firstItem < 0 ? preamble.length : firstItem;
    for (const read of preamble.slice(0, cut)) reader.background(read);
    if (cut < preamble.length) {
      reader.openImplicitRound(reader.titleCompany ?? soleCompany(preamble));
      for (const read of preamble.slice(cut)) reader.line(read);
    }
  }

  const applications = readApplications(reader.backgroundLines, reader.rounds);
  for (const round of reader.rounds) {
    if (round.track || !round.company) continue;
    const application = applications.find((a) => a.entry.id === round.company?.value.id);
    if (application?.track) {
      round.track = {
        value: application.track,
        report: { text: application.track, line: application.lines[0] ?? 1, how: 'application', confidence: 'guess' },
      };
    }
  }

  const companyRef = (entry: CompanyEntry): CompanyRef => (catalogue.company(entry.id) ? entry.id : { name: entry.name[language] });
  const rounds: UserRound[] = [];
  const roundReports: RoundReport[] = [];
  reader.rounds.forEach((state, r) => {
    const { round, report } = writeRound(state, r, language, companyRef);
    rounds.push(round);
    roundReports.push(report);
  });

  const roundCompanies = [
    ...new Map(reader.rounds.flatMap((r) => (r.company ? [[r.company.value.id, r.company.value] as const] : []))).values(),
  ];
  const title = reader.titleLine
    ? reader.titleLine.line.text
    : language === 'zh'
      ? `${roundCompanies.map((c) => c.name.zh).join('、')}${roundCompanies.length > 0 ? ' ' : ''}面经`
      : `Interview write-up${roundCompanies.length > 0 ? `: ${roundCompanies.map((c) => c.name.en).join(', ')}` : ''}`;
  const background = reader.backgroundLines.map((l) => l.line.text).join('\n');

  const writeup: UserWriteupInput = {
    title: textIn(language, title.slice(0, 200)),
    source: { language },
    ...(background ? { background: textIn(language, background.slice(0, maxText)) } : {}),
    applications: applications.map(
      (a): UserApplication => ({
        company: companyRef(a.entry),
        ...(a.track ? { track: textIn(language, a.track) } : {}),
        outcome: a.outcome,
        ...(a.note ? { note: textIn(language, a.note) } : {}),
      }),
    ),
    rounds,
    visibility: 'private',
  };
  const report: DraftReport = {
    language: { value: language, confidence: options.language ? 'sure' : 'likely' },
    title: { lines: reader.titleLine ? [reader.titleLine.number] : [], confidence: reader.titleLine ? 'likely' : 'guess' },
    background: { lines: reader.backgroundLines.map((l) => l.number) },
    applications: applications.map((a) => ({ lines: a.lines, confidence: a.confidence })),
    rounds: roundReports,
    lines: reader.lineReports.sort((a, b) => a.line - b.line),
    stats: { lines: nonEmpty, characters: text.length, steps: index.automaton.steps - stepsBefore },
  };
  return { writeup, report };
}

function looksLikeItem(read: ReadLine): boolean {
  if (read.markers.bullet || read.line.norm.includes('?') || read.matches.problems.length > 0) return true;
  return read.matches.keywords.some((k) => k.meaning.kind === 'coding' || k.meaning.kind === 'leetcode' || k.meaning.kind === 'question');
}

function soleCompany(lines: readonly ReadLine[]): CompanyMention | undefined {
  let found: CompanyMention | undefined;
  for (const read of lines) {
    for (const k of read.matches.keywords) {
      if (k.meaning.kind !== 'company') continue;
      if (found && found.entry.id !== k.meaning.company.id) return undefined;
      found ??= { entry: k.meaning.company, line: read.number, text: textOfNorm(read.line, k.start, k.end), how: 'mention' };
    }
  }
  return found;
}

interface ApplicationDraft {
  entry: CompanyEntry;
  track?: string;
  note?: string;
  outcome: ApplicationOutcome;
  lines: number[];
  confidence: Confidence;
}

const outcomeRank: Record<ApplicationOutcome, number> = { 'no-reply': 0, 'written-test': 1, interview: 2, rejected: 3, offer: 4 };

/**
 * Where the author applied: each company named in a background list
 * (`腾讯多模态(无消息),美团(笔试后无消息【5.29更新:简历挂】)`) with the words
 * after it as the track and its bracket as the note, then every company of a
 * round; the outcome from the words (笔试, 一面, 挂, offer) and the rounds.
 */
function readApplications(background: readonly ReadLine[], rounds: readonly RoundState[]): ApplicationDraft[] {
  const applications: ApplicationDraft[] = [];
  const byId = new Map<string, ApplicationDraft>();
  for (const read of background) {
    const { line, matches } = read;
    for (const segment of splitClauses(line.norm, read.markers.start, line.norm.length, ',;、')) {
      const keywords = within(matches.keywords, segment.start, segment.end);
      const companies = outsideBrackets(
        line.norm,
        segment.start,
        keywords.filter((k) => k.meaning.kind === 'company'),
      );
      const ids = new Set(companies.map((k) => (k.meaning.kind === 'company' ? k.meaning.company.id : '')));
      const found = companies[0];
      if (ids.size !== 1 || !found || found.meaning.kind !== 'company') continue;
      let bracket = -1;
      for (let i = found.end; i < segment.end; i++) {
        if (line.norm[i] === '(' || line.norm[i] === '[') {
          bracket = i;
          break;
        }
      }
      // The words right after the company are its track: 腾讯多模态, Soul 视觉.
      const head = { start: found.end, end: bracket < 0 ? segment.end : bracket };
      const residual = residualOf(line, head, within(matches.keywords, head.start, head.end), [], true);
      const track = residual.units > 0 && residual.units <= 6 ? residual.text : undefined;
      // The note is what the bracket holds, up to its closing bracket (not the separator after it: 腾讯（简历挂）、网易…).
      let close = segment.end;
      for (let i = bracket + 1; bracket >= 0 && i < segment.end; i++) {
        if (line.norm[i] === ')' || line.norm[i] === ']') {
          close = i;
          break;
        }
      }
      const note = bracket >= 0 ? textOfNorm(line, bracket + 1, close) : undefined;
      let outcome: ApplicationOutcome = 'no-reply';
      const raise = (next: ApplicationOutcome) => {
        if (outcomeRank[next] > outcomeRank[outcome]) outcome = next;
      };
      for (const k of keywords) {
        if (k.meaning.kind === 'label') raise(k.meaning.label === 'written-test' ? 'written-test' : 'interview');
        if (k.meaning.kind === 'outcome' && k.meaning.outcome === 'offer') raise('offer');
        if (k.meaning.kind === 'outcome' && k.meaning.outcome === 'rejected') raise('rejected');
      }
      const existing = byId.get(found.meaning.company.id);
      if (existing) {
        existing.lines.push(read.number);
        existing.track ??= track;
        if (outcomeRank[outcome] > outcomeRank[existing.outcome]) existing.outcome = outcome;
        continue;
      }
      const application: ApplicationDraft = {
        entry: found.meaning.company,
        track,
        note,
        outcome,
        lines: [read.number],
        confidence: 'likely',
      };
      applications.push(application);
      byId.set(application.entry.id, application);
    }
  }
  const roundsOf = new Map<string, RoundState[]>();
  for (const round of rounds) {
    const entry = round.company?.value;
    if (!entry) continue;
    const list = roundsOf.get(entry.id);
    if (list) {
      list.push(round);
      continue;
    }
    roundsOf.set(entry.id, [round]);
    if (!byId.has(entry.id)) {
      const application: ApplicationDraft = { entry, outcome: 'interview', lines: [...round.lines], confidence: 'likely' };
      applications.push(application);
      byId.set(entry.id, application);
    }
  }
  for (const [id, ofCompany] of roundsOf) {
    const application = byId.get(id) as ApplicationDraft;
    const last = ofCompany[ofCompany.length - 1];
    if (ofCompany.some((r) => r.outcome?.value === 'offer')) application.outcome = 'offer';
    else if (last?.outcome?.value === 'rejected') application.outcome = 'rejected';
    else if (outcomeRank[application.outcome] < outcomeRank.interview || application.outcome === 'rejected')
      application.outcome = 'interview';
  }
  return applications;
}

function spanText(item: ItemDraft): string {
  return textOfNorm(item.line, item.noteStart, item.noteEnd);
}

function writeRound(
  state: RoundState,
  r: number,
  language: Locale,
  companyRef: (entry: CompanyEntry) => CompanyRef,
): { round: UserRound; report: RoundReport } {
  const id = `r${r + 1}`;
  const t = (text: string) => textIn(language, text);
  // A note longer than a text field may be keeps its place with its first part; the rest follows the round's notes.
  const notes = state.notes.map((n) => ({ text: n.text.slice(0, maxText), lines: n.lines }));
  for (const n of state.notes) {
    if (n.text.length <= maxText) continue;
    for (const overflow of chunks(n.text.slice(maxText))) notes.push({ text: overflow, lines: n.lines });
  }
  const items: UserRoundItem[] = [];
  const itemReports: ItemReport[] = [];
  // Fields are added one by one, in the order of the write-up's schema, rather than spread: thousands of items are common.
  state.items.forEach((draft, k) => {
    const source = spanText(draft);
    let note: string | undefined;
    if (draft.moreNotes.length === 0 && source.length <= maxText) note = source.length > 0 ? source : undefined;
    else {
      const noteParts = chunks([source, ...draft.moreNotes].join('\n'));
      note = noteParts[0];
      for (let part = 1; part < noteParts.length; part++) notes.push({ text: noteParts[part] as string, lines: draft.lines });
    }
    let item: UserRoundItem;
    switch (draft.kind) {
      case 'catalogue': {
        const catalogueItem: Extract<UserRoundItem, { type: 'problem' | 'numeric' | 'concept' }> = {
          type: draft.catalogueType ?? 'concept',
          id: draft.catalogueId ?? '',
        };
        if (note) catalogueItem.note = t(note);
        item = catalogueItem;
        break;
      }
      case 'talk':
        item = { type: 'talk', topic: draft.topic ?? 'chat', note: t(note ?? source) };
        break;
      case 'own-problem': {
        const title = (draft.title ?? source).slice(0, 500);
        const problem: Extract<UserRoundItem, { type: 'own-problem' }> = { type: 'own-problem', id: `${id}-${k + 1}`, title: t(title) };
        if (draft.leetcode) problem.leetcode = draft.leetcode;
        if (draft.url) problem.url = draft.url;
        if (note && note !== title) problem.note = t(note);
        item = problem;
        break;
      }
      case 'own-concept': {
        const said = draft.said.length === 0 ? '' : draft.said.filter((s) => s.length > 0).join('\n');
        const concept: Extract<UserRoundItem, { type: 'own-concept' }> = {
          type: 'own-concept',
          id: `${id}-${k + 1}`,
          prompt: t((draft.prompt ?? source).slice(0, 2000)),
          keyPoints: [],
        };
        if (said) concept.said = t(said.slice(0, maxText));
        if (note && (draft.widened || draft.moreNotes.length > 0)) concept.note = t(note);
        item = concept;
        break;
      }
    }
    items.push(item);
    const { lines, recognised, confidence, matched, score } = draft;
    const candidates = draft.candidates.slice();
    // `candidates` last, as the report's schema has it.
    itemReports.push(
      matched !== undefined
        ? score !== undefined
          ? { lines, source, recognised, confidence, matched, score, candidates }
          : { lines, source, recognised, confidence, matched, candidates }
        : score !== undefined
          ? { lines, source, recognised, confidence, score, candidates }
          : { lines, source, recognised, confidence, candidates },
    );
  });
  const round: UserRound = {
    id,
    ...(state.company ? { company: companyRef(state.company.value) } : {}),
    ...(state.track ? { track: t(state.track.value) } : {}),
    ...(state.date ? { date: state.date.value } : {}),
    ...(state.label ? { label: state.label.value } : {}),
    outcome: state.outcome?.value ?? 'unknown',
    items,
    notes: notes.map((n) => t(n.text)),
  };
  const report: RoundReport = {
    lines: state.lines,
    confidence: state.confidence,
    ...(state.company ? { company: state.company.report } : {}),
    ...(state.label ? { label: state.label.report } : {}),
    ...(state.date ? { date: state.date.report } : {}),
    ...(state.outcome ? { outcome: state.outcome.report } : {}),
    ...(state.track ? { track: state.track.report } : {}),
    items: itemReports,
    notes: notes.map((n) => ({ lines: n.lines })),
  };
  return { round, report };
}

/**
 * Builds the catalogue's index now rather than on the first paste (a few tens
 * of milliseconds): call it when a server starts.
 */
export function prepareParser(catalogue: Catalogue): void {
  catalogueIndex(catalogue);
}
