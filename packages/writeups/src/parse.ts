import type { Catalogue, Locale, RoundDate, RoundLabel, UserText } from '@mianjing/core';
import { type CatalogueIndex, catalogueIndex } from './catalogue-index.js';
import { classifyClause } from './classify.js';
import type { CompanyEntry } from './companies.js';
import type { Confidence, FieldReport, LineReport } from './draft.js';
import { type Heading, readHeading, residualOf } from './heading.js';
import { isCjk, isWordChar, type NormalisedLine, normaliseLine, textOfNorm } from './normalise.js';
import { matchQuestion, questionThreshold, sureQuestionThreshold } from './questions.js';
import type { ItemDraft, LineState, RoundState } from './rounds.js';
import { noStrings, sameCompany, sameDate } from './rounds.js';
import { type LineMatches, scanLine, within } from './scan.js';
import {
  hasCodeIn,
  isHashtagLine,
  isSeparator,
  type Markers,
  readMarkers,
  type Span,
  splitClauses,
  matchingClose,
  splitQuestion,
  splitSentences,
  trimSeparators,
} from './structure.js';

/** A line of input with what the first pass found in it. */
export interface ReadLine {
  readonly number: number;
  readonly line: NormalisedLine;
  readonly matches: LineMatches;
  readonly markers: Markers;
  readonly units: readonly { readonly span: Span; readonly heading?: Heading }[];
}

export interface CompanyMention {
  readonly entry: CompanyEntry;
  readonly line: number;
  readonly text: string;
  readonly how: FieldReport['how'];
}

/**
 * The reading of a text: rounds in the order they appear, the background, and
 * what became of every line. `parseWriteup` turns it into a draft.
 */
export class Reader {
  readonly rounds: RoundState[] = [];
  readonly lineReports: LineReport[] = [];
  readonly backgroundLines: ReadLine[] = [];
  titleLine: ReadLine | undefined;
  titleCompany: CompanyMention | undefined;
  private current: RoundState | undefined;
  private context: CompanyMention | undefined;
  private groups = 0;
  /** The rounds of each group, for `一面:` under `上午一面 下午主管面`. */
  private readonly groupRounds = new Map<number, RoundState[]>();
  private lastYear: { year: number; month: number } | undefined;

  constructor(
    readonly index: CatalogueIndex,
    private readonly defaultYear: number | undefined,
  ) {}

  /** Reads one line: structure, keywords and headings; nothing is decided yet. */
  static read(number: number, text: string, index: CatalogueIndex): ReadLine {
    const line = normaliseLine(text);
    const matches = scanLine(line, index);
    const markers = readMarkers(line.norm);
    const units = splitSentences(line.norm, markers.start, line.norm.length).map((span) => ({
      span,
      heading: readHeading(line, span, matches, markers.markdownHeading),
    }));
    return { number, line, matches, markers, units };
  }

  static hasHeading(read: ReadLine): boolean {
    return read.units.some((u) => u.heading?.kind === 'round');
  }

  background(read: ReadLine): void {
    this.backgroundLines.push(read);
    this.lineReports.push({ line: read.number, places: [{ role: 'background' }] });
  }

  title(read: ReadLine): void {
    this.titleLine = read;
    const companies = read.matches.keywords.filter((k) => k.meaning.kind === 'company');
    const first = companies[0];
    const distinct = new Set(companies.map((k) => (k.meaning.kind === 'company' ? k.meaning.company.id : '')));
    if (first && first.meaning.kind === 'company' && distinct.size === 1) {
      this.titleCompany = {
        entry: first.meaning.company,
        line: read.number,
        text: textOfNorm(read.line, first.start, first.end),
        how: 'title',
      };
    }
    this.lineReports.push({ line: read.number, places: [{ role: 'title' }] });
  }

  /** A round for text that never announced one (a post without headings). */
  openImplicitRound(companyHint: CompanyMention | undefined): void {
    const round = this.newRound('guess');
    if (companyHint)
      round.company = {
        value: companyHint.entry,
        report: { text: companyHint.text, line: companyHint.line, how: companyHint.how, confidence: 'guess' },
      };
    this.current = round;
  }

  private newRound(confidence: Confidence): RoundState {
    const round: RoundState = {
      index: this.rounds.length,
      items: [],
      notes: [],
      lines: [],
      confidence,
      codingList: false,
      group: this.groups,
    };
    this.rounds.push(round);
    return round;
  }

  /** Reads a line inside the rounds. */
  line(read: ReadLine): void {
    const state: LineState = {
      number: read.number,
      places: [],
      pending: undefined,
      codingMarker: false,
      lastItem: undefined,
      lastItemRound: undefined,
    };
    const { line, markers } = read;
    if (isSeparator(line.norm, line.key)) {
      state.places.push({ role: 'separator' });
    } else if (isHashtagLine(line.norm)) {
      this.note(state, line.text);
    } else {
      read.units.forEach((unit, u) => {
        if (unit.heading) {
          this.heading(read, unit.heading, state);
          if (unit.heading.rest) this.content(read, unit.heading.rest, state, false);
        } else this.content(read, unit.span, state, u === 0 && markers.bullet, u === 0 && markers.question);
      });
      this.endLine(read, state);
    }
    // A copy of its exact size: the report keeps it, and most lines have one place.
    this.lineReports.push({ line: read.number, places: state.places.slice() });
  }

  private roundIndex(round: RoundState): number {
    return round.index;
  }

  private heading(read: ReadLine, heading: Heading, state: LineState): void {
    const number = read.number;
    if (heading.kind === 'company' && heading.company) {
      this.context = { entry: heading.company.entry, line: number, text: heading.company.text, how: 'earlier-heading' };
      state.places.push({ role: 'heading', round: this.current ? this.roundIndex(this.current) : undefined });
      return;
    }
    let company: RoundState['company'];
    if (heading.company) {
      company = { value: heading.company.entry, report: { text: heading.company.text, line: number, how: 'heading', confidence: 'sure' } };
      this.context = { entry: heading.company.entry, line: number, text: heading.company.text, how: 'earlier-heading' };
    } else {
      const inherited = this.context ?? this.titleCompany;
      if (inherited) {
        company = {
          value: inherited.entry,
          report: {
            text: inherited.text,
            line: inherited.line,
            how: inherited.how,
            confidence: inherited.how === 'title' ? 'guess' : 'likely',
          },
        };
      }
    }
    const date = heading.date ? this.dated(heading, number) : undefined;
    const anchored = heading.date !== undefined || heading.company !== undefined;
    if (anchored) this.groups++;
    const labels: (RoundLabel | undefined)[] = heading.labels.length > 0 ? heading.labels.map((l) => l.label) : [undefined];
    const opened: RoundState[] = [];
    labels.forEach((label, l) => {
      const found = this.findRound(label, company?.value, date?.value, anchored);
      const round = found ?? this.newRound(heading.confidence);
      if (!found) {
        round.group = this.groups;
        const group = this.groupRounds.get(round.group) ?? [];
        group.push(round);
        this.groupRounds.set(round.group, group);
      }
      round.lines.push(number);
      if (!round.company && company) round.company = company;
      if (!round.date && date) round.date = date;
      const labelInfo = heading.labels[l];
      if (!round.label && label && labelInfo) {
        round.label = {
          value: label,
          report: { text: labelInfo.text, line: number, how: 'heading', confidence: labelInfo.strong ? 'sure' : 'likely' },
        };
      }
      if (heading.track && !round.track)
        round.track = { value: heading.track, report: { text: heading.track, line: number, how: 'heading', confidence: 'likely' } };
      if (heading.outcome && heading.outcome.outcome !== 'unknown') {
        round.outcome = {
          value: heading.outcome.outcome,
          report: { text: heading.outcome.text, line: number, how: 'heading', confidence: 'sure' },
        };
      }
      if (found && heading.confidence === 'sure') round.confidence = 'sure';
      opened.push(round);
      state.places.push({ role: 'heading', round: this.roundIndex(round) });
    });
    this.current = opened[0];
  }

  /** The round a heading names again: `一面：` under `5.23 华为 上午一面 下午主管面`, or a timeline entry told in detail later. */
  private findRound(
    label: RoundLabel | undefined,
    company: CompanyEntry | undefined,
    date: RoundDate | undefined,
    anchored: boolean,
  ): RoundState | undefined {
    if (label === undefined) return undefined;
    const current = this.current;
    if (!anchored) {
      if (current && current.label?.value === label && sameCompany(current.company?.value, company)) return current;
      return (this.groupRounds.get(current?.group ?? -1) ?? []).find(
        (r) => r.label?.value === label && sameCompany(r.company?.value, company),
      );
    }
    if (!company && !date) return undefined;
    for (let i = this.rounds.length - 1; i >= 0 && i >= this.rounds.length - 200; i--) {
      const round = this.rounds[i] as RoundState;
      if (round.label?.value !== label || !sameCompany(round.company?.value, company)) continue;
      if (sameDate(round.date?.value, date)) return round;
      if (round.items.length === 0 && (round.date === undefined || date === undefined)) return round;
    }
    return undefined;
  }

  private dated(heading: Heading, number: number): RoundState['date'] {
    const found = heading.date;
    if (!found) return undefined;
    const report: FieldReport = { text: found.text, line: number, how: 'heading', confidence: 'sure' };
    if (found.date.year !== undefined) {
      this.lastYear = { year: found.date.year, month: found.date.month };
      return { value: found.date, report };
    }
    const base = this.lastYear ?? (this.defaultYear !== undefined ? { year: this.defaultYear, month: found.date.month } : undefined);
    if (!base) return { value: found.date, report };
    // A month far before the last one is in the next year (12.28, then 1.5).
    const year = found.date.month + 6 < base.month ? base.year + 1 : base.year;
    this.lastYear = { year, month: found.date.month };
    return {
      value: { year, month: found.date.month, day: found.date.day },
      report: { text: report.text, line: report.line, how: 'year-carried', confidence: 'likely' },
    };
  }

  private note(state: LineState, text: string): void {
    const round = this.current;
    if (!round) {
      state.places.push({ role: 'background' });
      return;
    }
    round.notes.push({ text, lines: [state.number] });
    state.places.push({ role: 'note', round: this.roundIndex(round), note: round.notes.length - 1 });
  }

  /** Adds an item to the current round; `replaces` is its last item, which the new one takes the place of. */
  private addItem(
    state: LineState,
    draft: Omit<ItemDraft, 'noteStart' | 'noteEnd' | 'said' | 'widened' | 'moreNotes' | 'lines'> & { span: Span; said?: string },
    replaces?: ItemDraft,
  ): ItemDraft {
    const round = this.current as RoundState;
    const start = state.pending ? Math.min(state.pending.start, draft.span.start) : draft.span.start;
    // Every field written out, in one order: objects of one shape stay fast when there are thousands.
    const item: ItemDraft = {
      kind: draft.kind,
      catalogueType: draft.catalogueType,
      catalogueId: draft.catalogueId,
      topic: draft.topic,
      title: draft.title,
      leetcode: draft.leetcode,
      url: draft.url,
      prompt: draft.prompt,
      said: draft.said ? [draft.said] : noStrings,
      line: draft.line,
      noteStart: start,
      noteEnd: draft.span.end,
      widened: state.pending !== undefined || replaces !== undefined,
      moreNotes: noStrings,
      lines: [state.number],
      recognised: draft.recognised,
      confidence: draft.confidence,
      matched: draft.matched,
      score: draft.score,
      candidates: draft.candidates,
    };
    state.pending = undefined;
    if (replaces && round.items[round.items.length - 1] === replaces) {
      round.items[round.items.length - 1] = item;
      state.lastItem = item;
      state.lastItemRound = round;
      return item;
    }
    round.items.push(item);
    state.lastItem = item;
    state.lastItemRound = round;
    state.places.push({ role: 'item', round: this.roundIndex(round), item: round.items.length - 1 });
    return item;
  }

  private widen(state: LineState, span: Span): void {
    const item = state.lastItem;
    if (item && state.lastItemRound === this.current) {
      item.noteEnd = Math.max(item.noteEnd, span.end);
      item.widened = true;
    } else state.pending = state.pending ? { start: state.pending.start, end: span.end } : span;
  }

  /** Reads a stretch of content: answers, outcomes, questions and clauses. */
  private content(read: ReadLine, span: Span, state: LineState, bullet: boolean, questionMarker = false): void {
    const round = this.current;
    if (!round) return;
    const { line, matches } = read;
    const { norm } = line;
    const keywords = within(matches.keywords, span.start, span.end);

    // 答：… / A: … — what the author answered, for the item before.
    const first = keywords[0];
    if (first && first.start === span.start && first.meaning.kind === 'answer') {
      const shortMarker = first.end - first.start <= 2;
      if (!shortMarker || norm[first.end] === ':' || norm[first.end] === ' ') {
        const previous = state.lastItem ?? round.items[round.items.length - 1];
        if (previous) {
          const said = trimSeparators(norm, { start: first.end, end: span.end });
          if (previous.kind === 'own-concept') {
            if (previous.said === noStrings) previous.said = [];
            previous.said.push(textOfNorm(line, said.start, said.end));
          } else {
            if (previous.moreNotes === noStrings) previous.moreNotes = [];
            previous.moreNotes.push(textOfNorm(line, span.start, span.end));
          }
          // Lines are read in order, so the item has this one only if it is its last (no search: an item may get thousands).
          if (previous.lines[previous.lines.length - 1] !== state.number) previous.lines.push(state.number);
          state.places.push({ role: 'item', round: this.roundIndex(round), item: round.items.lastIndexOf(previous) });
          return;
        }
      }
    }

    // 过了 / 挂了 / Result: rejected — a short line with an outcome.
    let outcome: (typeof keywords)[number] | undefined;
    for (const k of keywords)
      if (k.meaning.kind === 'outcome') {
        outcome = k;
        break;
      }
    if (outcome && outcome.meaning.kind === 'outcome' && outcome.meaning.outcome !== 'unknown' && !hasQuestionMark(norm, span)) {
      const content =
        keywords.some((k) => ['talk', 'coding', 'leetcode', 'question'].includes(k.meaning.kind)) ||
        within(matches.problems, span.start, span.end).length > 0;
      const residual = residualOf(line, span, keywords, []);
      const single = outcome.end - outcome.start === 1;
      if (!content && residual.units <= (single ? 1 : 3)) {
        round.outcome = {
          value: outcome.meaning.outcome,
          report: { text: textOfNorm(line, outcome.start, outcome.end), line: state.number, how: 'line', confidence: 'likely' },
        };
        state.places.push({ role: 'outcome', round: this.roundIndex(round) });
        return;
      }
    }

    const isQuestionSentence = questionMarker || hasQuestionMark(norm, span);
    // A bracket on its own after an item is a comment on it (【这里lz觉得回答的不是很完备…】).
    if (
      (norm[span.start] === '(' || norm[span.start] === '[') &&
      matchingClose(norm, span.start, span.end) >= span.end - 1 &&
      (state.lastItem || state.pending)
    ) {
      this.widen(state, span);
      return;
    }
    const pieces = isQuestionSentence ? [span] : splitClauses(norm, span.start, span.end);
    let afterCoding = false;
    pieces.forEach((piece, p) => {
      const context = {
        bullet: bullet && p === 0,
        question: isQuestionSentence,
        codingList: round.codingList || round.label?.value === 'written-test',
        afterCoding,
      };
      const cls = classifyClause(line, piece, matches, this.index, context);
      afterCoding = cls.kind === 'coding' || (afterCoding && cls.kind === 'coding-marker');
      switch (cls.kind) {
        case 'plain':
          this.widen(state, piece);
          return;
        case 'coding-marker': {
          const previous = state.lastItem;
          if (previous && (previous.kind === 'catalogue' ? previous.catalogueType === 'problem' : previous.kind === 'own-problem'))
            this.widen(state, piece);
          else {
            round.codingList = true;
            state.codingMarker = true;
            this.widen(state, piece);
          }
          return;
        }
        case 'talk': {
          const previous = state.lastItem;
          if (previous && previous.kind === 'talk' && previous.topic === cls.topic && state.lastItemRound === round) {
            this.widen(state, piece);
            return;
          }
          this.addItem(state, {
            kind: 'talk',
            topic: cls.topic,
            line,
            span: piece,
            recognised: 'talk-keyword',
            confidence: cls.confidence,
            candidates: [],
          });
          return;
        }
        case 'coding':
          for (const target of cls.targets) {
            // The same problem named again (LeetCode 1004，最大连续1的个数 III) is one item.
            if (target.problemId && state.lastItem?.catalogueId === target.problemId && state.lastItemRound === round) {
              this.widen(state, piece);
              continue;
            }
            if (target.problemId) {
              this.addItem(state, {
                kind: 'catalogue',
                catalogueType: 'problem',
                catalogueId: target.problemId,
                line,
                span: piece,
                recognised: target.recognised,
                confidence: target.confidence,
                matched: target.matched,
                candidates: [],
              });
            } else {
              const title =
                target.title && target.title.end > target.title.start ? textOfNorm(line, target.title.start, target.title.end) : '';
              this.addItem(state, {
                kind: 'own-problem',
                title: title || (target.leetcode ? `LeetCode ${target.leetcode}` : textOfNorm(line, piece.start, piece.end)),
                leetcode: target.leetcode,
                url: target.url,
                line,
                span: piece,
                recognised: target.recognised,
                confidence: target.confidence,
                matched: target.matched,
                candidates: [],
              });
            }
          }
          return;
        case 'question':
          this.question(read, piece, state, bullet && p === 0, isQuestionSentence);
          return;
      }
    });
  }

  private question(read: ReadLine, span: Span, state: LineState, bullet: boolean, asked: boolean): void {
    const { line } = read;
    const { norm } = line;
    const split = splitQuestion(norm, span);
    const promptSpan = trimSeparators(norm, split.prompt, true);
    const said = split.said ? textOfNorm(line, split.said.start, split.said.end) : undefined;
    const promptNorm = norm.slice(promptSpan.start, promptSpan.end);
    let candidates = matchQuestion(promptNorm, this.index);
    const round = this.current as RoundState;
    const previous = state.lastItemRound === round ? state.lastItem : undefined;
    // A follow-up of the question before (它属于Transformer的哪一部分?, 你知道它的公式么?) stays with it.
    if (
      previous?.catalogueId &&
      previous.line === line &&
      (/^(它|那|这个|其|然后呢|it |what about )/i.test(promptNorm) || /它/.test(promptNorm.slice(0, 6)))
    ) {
      this.widen(state, span);
      return;
    }
    if (previous?.catalogueId && previous.recognised === 'prompt-similarity' && candidates.some((c) => c.id === previous.catalogueId)) {
      const best = candidates[0];
      if (!best || best.id === previous.catalogueId || best.score < questionThreshold) {
        this.widen(state, span);
        return;
      }
    }
    // Two questions that together are a catalogue question (你用过Claude吗?…你知道什么是CoT吗?): the first joins the second.
    let replaces: ItemDraft | undefined;
    // Only an item that is still one question (not widened) is joined: the join reads it again, and must not read a growing text.
    if (
      previous &&
      previous.kind === 'own-concept' &&
      !previous.widened &&
      previous === round.items[round.items.length - 1] &&
      previous.line === line
    ) {
      const joined = matchQuestion(`${norm.slice(previous.noteStart, previous.noteEnd)} ${promptNorm}`, this.index);
      const alone = candidates[0];
      const together = joined[0];
      if (together && together.score >= questionThreshold && (!alone || alone.score < questionThreshold || alone.id === together.id)) {
        candidates = joined;
        replaces = previous;
      } else if (alone && alone.score >= questionThreshold && previous.candidates.some((c) => c.id === alone.id)) {
        replaces = previous;
      }
    }
    const best = candidates[0];
    const runnerUp = candidates[1];
    // Two prompts about as close (讲一下Transformer: BERT's or the encoder–decoder's?) are left to the author.
    const clear = best !== undefined && (!runnerUp || best.score - runnerUp.score >= 0.05 || best.score >= sureQuestionThreshold);
    if (best && best.score >= questionThreshold && clear) {
      if (previous && previous.catalogueId === best.id) {
        this.widen(state, span);
        return;
      }
      const second = candidates[1];
      const sure = best.score >= sureQuestionThreshold && (!second || best.score - second.score >= 0.1);
      this.addItem(
        state,
        {
          kind: 'catalogue',
          catalogueType: best.type,
          catalogueId: best.id,
          line,
          span: replaces ? { start: replaces.noteStart, end: span.end } : span,
          recognised: 'prompt-similarity',
          confidence: sure ? 'sure' : 'likely',
          matched: best.id,
          score: best.score,
          candidates,
        },
        replaces,
      );
      return;
    }
    const prompt = textOfNorm(line, promptSpan.start, promptSpan.end);
    // A short question after an item of the line adds to it (什么是 LoRA？讲一下原理).
    if (!prompt || (previous && previous.line === line && line.key.length > 0 && keyLength(promptNorm) <= 6 && candidates.length === 0)) {
      this.widen(state, span);
      return;
    }
    this.addItem(state, {
      kind: 'own-concept',
      prompt,
      said,
      line,
      span,
      recognised: asked || !bullet ? 'question' : 'list-item',
      confidence: asked || !bullet ? 'likely' : 'guess',
      score: best?.score,
      candidates,
    });
  }

  private endLine(read: ReadLine, state: LineState): void {
    const round = this.current;
    const { line, markers } = read;
    if (state.pending && round) {
      const pending = state.pending;
      if (state.lastItem && state.lastItemRound === round) {
        state.lastItem.noteEnd = Math.max(state.lastItem.noteEnd, pending.end);
        state.lastItem.widened = true;
      } else if (markers.bullet && state.places.every((p) => p.role !== 'heading')) {
        // A list item the parser could not place is still a question of the round (or a problem, in a coding list).
        state.pending = undefined;
        const text = textOfNorm(line, pending.start, pending.end);
        const coding = round.codingList || round.label?.value === 'written-test';
        if (round.label?.value === 'hr') {
          this.addItem(state, {
            kind: 'talk',
            topic: 'chat',
            line,
            span: pending,
            recognised: 'list-item',
            confidence: 'guess',
            candidates: [],
          });
        } else if (coding) {
          this.addItem(state, {
            kind: 'own-problem',
            title: text,
            line,
            span: pending,
            recognised: 'coding-list',
            confidence: 'guess',
            candidates: [],
          });
        } else {
          const candidates = matchQuestion(line.norm.slice(pending.start, pending.end), this.index);
          this.addItem(state, {
            kind: 'own-concept',
            prompt: text,
            line,
            span: pending,
            recognised: 'list-item',
            confidence: 'guess',
            score: candidates[0]?.score,
            candidates,
          });
        }
      } else {
        this.note(state, textOfNorm(line, pending.start, pending.end));
        this.mention(read, state);
      }
    }
    if (!markers.bullet && round && !state.codingMarker) round.codingList = false;
    if (state.places.length === 0) this.note(state, line.text);
  }

  /** A company named in a round's prose (`后来又面了快手`) is the company of the next heading that names none. */
  private mention(read: ReadLine, state: LineState): void {
    if (read.markers.bullet || state.places.some((p) => p.role === 'item')) return;
    const companies = read.matches.keywords.filter((k) => k.meaning.kind === 'company');
    const ids = new Set(companies.map((k) => (k.meaning.kind === 'company' ? k.meaning.company.id : '')));
    const first = companies[0];
    if (ids.size === 1 && first && first.meaning.kind === 'company') {
      this.context = {
        entry: first.meaning.company,
        line: read.number,
        text: textOfNorm(read.line, first.start, first.end),
        how: 'mention',
      };
    }
  }
}

/** Whether `norm[span]` has a `?` (a walk over the span only: a line may hold thousands of spans). */
function hasQuestionMark(norm: string, span: Span): boolean {
  return hasCodeIn(norm, 63, span.start, span.end);
}

/** Letters, digits and ideographs in a `norm` string. */
function keyLength(norm: string): number {
  let count = 0;
  for (let i = 0; i < norm.length; i++) if (isWordChar(norm.charCodeAt(i))) count++;
  return count;
}

/** Chinese if the text has at least as many Chinese characters as English words. */
export function detectLanguage(text: string): Locale {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (letter && !inWord) words++;
    inWord = letter;
    if (isCjk(code)) cjk++;
  }
  return cjk >= words ? 'zh' : 'en';
}

export function textIn(language: Locale, text: string): UserText {
  return language === 'zh' ? { zh: text } : { en: text };
}

export { catalogueIndex, type Catalogue };
