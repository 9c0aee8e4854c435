import type { Catalogue, Problem, RoundLabel, RoundOutcome, TalkTopic } from '@mianjing/core';
import { Automaton } from './automaton.js';
import { type CompanyEntry, companyEntries } from './companies.js';
import { isGeneric, textFeatures } from './features.js';
import {
  answerWords,
  codingWords,
  fillerWords,
  leetcodeMarkers,
  nameAbbreviations,
  outcomeWords,
  questionWords,
  roundLabels,
  talkWords,
} from './keywords.js';
import { isAsciiAlnum, keyOf, normaliseLine } from './normalise.js';

export type LeetcodeSeries = (typeof leetcodeMarkers)[number]['series'];

/** What a matched keyword means. */
export type Keyword =
  | { readonly kind: 'label'; readonly label: RoundLabel; readonly strong: boolean }
  | { readonly kind: 'company'; readonly company: CompanyEntry }
  | { readonly kind: 'outcome'; readonly outcome: RoundOutcome }
  | { readonly kind: 'talk'; readonly topic: TalkTopic }
  | { readonly kind: 'coding'; readonly strong: boolean }
  | { readonly kind: 'leetcode'; readonly series: LeetcodeSeries }
  | { readonly kind: 'question' }
  | { readonly kind: 'answer' }
  | { readonly kind: 'filler' };

/** A catalogue problem's name: its title or an alias as written, or a name derived from its title. */
export interface ProblemName {
  readonly kind: 'problem';
  readonly ids: readonly string[];
  readonly how: 'title' | 'alias' | 'derived';
  readonly name: string;
}

export interface Pattern {
  readonly meaning: Keyword | ProblemName;
  /** English patterns must not touch a letter or digit on either side. */
  readonly wholeWord: boolean;
  /** A one-word English keyword must not span a space or punctuation either. */
  readonly contiguous: boolean;
  /** A number may follow without a space (`lc69`, `LCR013`). */
  readonly numberMayFollow?: boolean;
}

export interface QuestionDoc {
  readonly id: string;
  readonly kind: 'numeric' | 'concept';
  readonly features: ReadonlySet<string>;
  readonly weight: number;
}

/** Everything the parser looks up, built once per catalogue. */
export interface CatalogueIndex {
  readonly catalogue: Catalogue;
  readonly automaton: Automaton<Pattern>;
  /** `lc:69`, `lcr:13`, `interview:1.7`, `offer:51` → problem ids. */
  readonly leetcode: ReadonlyMap<string, readonly string[]>;
  /** LeetCode URL slugs (`sqrtx`) → problem ids. */
  readonly slugs: ReadonlyMap<string, readonly string[]>;
  readonly questions: readonly QuestionDoc[];
  /** Feature → indices into `questions`. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly idf: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Catalogue, CatalogueIndex>();

/** The index of a catalogue, built on first use and kept as long as the catalogue is. */
export function catalogueIndex(catalogue: Catalogue): CatalogueIndex {
  let index = cache.get(catalogue);
  if (!index) {
    index = buildIndex(catalogue);
    cache.set(catalogue, index);
  }
  return index;
}

function isAsciiWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isAsciiAlnum(text.charCodeAt(i))) return false;
  return text.length > 0;
}

function addKeyword(automaton: Automaton<Pattern>, word: string, meaning: Keyword): void {
  const key = keyOf(word);
  const ascii = isAsciiWord(key);
  automaton.add(key, {
    meaning,
    wholeWord: ascii,
    contiguous: ascii && !/[\s\-]/.test(word.trim()),
    numberMayFollow: meaning.kind === 'leetcode',
  });
}

function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Names a title implies without listing them: `线性回归` of `线性回归（梯度下降）`,
 * `快速排序` and `快排` of `手写快速排序`, `Softmax` of `数值稳定的 Softmax`,
 * `self-attention` of `Single-head self-attention`. `primary` names are the
 * title itself less decoration; the others (a bracket's content, a word
 * inside) lose to a primary name of another problem.
 */
export function derivedNames(title: { zh: string; en: string }): { name: string; primary: boolean }[] {
  const names: { name: string; primary: boolean }[] = [];
  const add = (name: string, primary: boolean) => names.push({ name, primary });
  const withoutBrackets = (text: string) => text.replace(/[（(][^（()）]*[)）]/g, ' ').trim();
  const zh = title.zh.trim();
  const zhPlain = withoutBrackets(zh);
  add(zhPlain, true);
  add(zhPlain.replace(/^(手写|手撕)/, ''), true);
  add(zhPlain.replace(/(前向计算|前向|的实现)$/, ''), true);
  for (const inner of zh.matchAll(/[（(]([^（()）]+)[)）]/g)) if (inner[1]) add(inner[1], false);
  const qualifier = zhPlain.indexOf('的');
  if (qualifier > 0) add(zhPlain.slice(qualifier + 1), false);
  // Latin names inside a Chinese title: LayerNorm, Softmax, Conv2d, Focal Loss.
  for (const latin of zhPlain.matchAll(/[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z][A-Za-z0-9-]*)*/g)) {
    const name = latin[0];
    if (name.length >= 4 || /[0-9]/.test(name)) add(name, false);
  }
  const en = withoutBrackets(title.en.trim());
  add(en, true);
  const lastWord = en.split(/\s+/).pop() ?? '';
  // The last English word names the problem when it is a compound (self-attention) or the Chinese title has it too (Softmax).
  if (lastWord.includes('-') || (lastWord.length >= 4 && zh.toLowerCase().includes(lastWord.toLowerCase()))) add(lastWord, false);
  for (const { name, primary } of [...names]) {
    for (const [long, short] of nameAbbreviations) if (name.includes(long)) add(name.replace(long, short), primary);
  }
  return names.filter(({ name }) => keyOf(name).length >= 2);
}

function addProblemNames(automaton: Automaton<Pattern>, problems: readonly Problem[]): void {
  const explicit = new Map<string, { ids: string[]; how: 'title' | 'alias'; name: string }>();
  const derived = new Map<string, { primary: string[]; other: string[]; name: string }>();
  for (const problem of problems) {
    const names: [string, 'title' | 'alias'][] = [
      [problem.title.zh, 'title'],
      [problem.title.en, 'title'],
      ...problem.aliases.zh.map((a): [string, 'alias'] => [a, 'alias']),
      ...problem.aliases.en.map((a): [string, 'alias'] => [a, 'alias']),
    ];
    for (const [name, how] of names) {
      const key = keyOf(name);
      if (key.length < 2) continue;
      const entry = explicit.get(key);
      if (entry) {
        if (!entry.ids.includes(problem.id)) entry.ids.push(problem.id);
      } else explicit.set(key, { ids: [problem.id], how, name });
    }
    for (const { name, primary } of derivedNames(problem.title)) {
      const key = keyOf(name);
      const entry = derived.get(key) ?? { primary: [], other: [], name };
      derived.set(key, entry);
      const list = primary ? entry.primary : entry.other;
      if (!list.includes(problem.id)) list.push(problem.id);
    }
  }
  for (const [key, entry] of explicit) {
    automaton.add(key, {
      meaning: { kind: 'problem', ids: entry.ids, how: entry.how, name: entry.name },
      wholeWord: isAsciiWord(key) && key.length <= 5,
      contiguous: false,
    });
  }
  // A derived name is used only when it names one problem (a primary name over the others) and no title or alias says otherwise.
  for (const [key, entry] of derived) {
    const ids = entry.primary.length > 0 ? entry.primary : entry.other.filter((id, i, all) => all.indexOf(id) === i);
    if (explicit.has(key) || ids.length !== 1) continue;
    automaton.add(key, {
      meaning: { kind: 'problem', ids, how: 'derived', name: entry.name },
      wholeWord: isAsciiWord(key) && key.length <= 5,
      contiguous: false,
    });
  }
}

/**
 * `lc 69` → `lc:69`; `LCR 013` → `lcr:13`; `面试题 01.07` → `interview:1.7`;
 * `剑指 Offer 51` → `offer:51`. The number is read from `norm` right after a
 * marker; returns the key and where the number ends, or undefined.
 */
export function readLeetcodeNumber(norm: string, from: number, series: LeetcodeSeries): { key: string; end: number } | undefined {
  let i = from;
  let actualSeries: string = series;
  const skip = () => {
    while (i < norm.length && ' .:#：第-'.includes(norm[i] as string)) i++;
    if (norm.slice(i, i + 3).toLowerCase() === 'no.') i += 3;
    while (i < norm.length && ' .:#'.includes(norm[i] as string)) i++;
  };
  skip();
  if (series === 'offer' && /^ii\b/i.test(norm.slice(i, i + 3))) {
    actualSeries = 'offer-ii';
    i += 2;
    skip();
  }
  const digitsAt = (at: number) => {
    let end = at;
    while (end < norm.length && end - at < 4 && norm.charCodeAt(end) >= 48 && norm.charCodeAt(end) <= 57) end++;
    return end;
  };
  const end = digitsAt(i);
  if (end === i) return undefined;
  if (end < norm.length && norm.charCodeAt(end) >= 48 && norm.charCodeAt(end) <= 57) return undefined;
  const first = Number(norm.slice(i, end));
  if (series === 'interview') {
    if (norm[end] !== '.') return undefined;
    const end2 = digitsAt(end + 1);
    if (end2 === end + 1) return undefined;
    return { key: `interview:${first}.${Number(norm.slice(end + 1, end2))}`, end: end2 };
  }
  if (series === 'hot100') return undefined;
  if (first === 0 && series === 'lc') return undefined;
  return { key: `${actualSeries}:${first}`, end };
}

/** The LeetCode key of a whole reference string (`69`, `LCR 013`, `剑指 Offer 51`), as `source.ref` and aliases hold them. */
export function leetcodeKeyOf(ref: string, automaton: Automaton<Pattern>): string | undefined {
  const line = normaliseLine(ref.trim());
  if (/^[0-9]{1,4}$/.test(line.norm)) return `lc:${Number(line.norm)}`;
  let found: { key: string; end: number } | undefined;
  automaton.scan(line.key, (start, end, pattern) => {
    if (found || start !== 0 || pattern.meaning.kind !== 'leetcode') return;
    const normEnd = (line.keyToNorm[end - 1] ?? 0) + 1;
    const number = readLeetcodeNumber(line.norm, normEnd, pattern.meaning.series);
    if (number && number.end >= line.norm.length - 1) found = number;
  });
  return found?.key;
}

function buildIndex(catalogue: Catalogue): CatalogueIndex {
  const automaton = new Automaton<Pattern>();
  for (const { label, strong, weak } of roundLabels) {
    for (const word of strong) addKeyword(automaton, word, { kind: 'label', label, strong: true });
    for (const word of weak ?? []) addKeyword(automaton, word, { kind: 'label', label, strong: false });
  }
  const known = new Set<string>();
  for (const entry of companyEntries) {
    for (const alias of [...entry.aliases, entry.name.zh, entry.name.en]) addKeyword(automaton, alias, { kind: 'company', company: entry });
    known.add(entry.id);
  }
  for (const company of catalogue.companies) {
    if (known.has(company.id)) continue;
    const entry: CompanyEntry = { id: company.id, name: company.name, aliases: [] };
    for (const name of [company.name.zh, company.name.en]) addKeyword(automaton, name, { kind: 'company', company: entry });
  }
  for (const { outcome, words } of outcomeWords) for (const word of words) addKeyword(automaton, word, { kind: 'outcome', outcome });
  for (const { topic, words } of talkWords) for (const word of words) addKeyword(automaton, word, { kind: 'talk', topic });
  for (const word of codingWords.strong) addKeyword(automaton, word, { kind: 'coding', strong: true });
  for (const word of codingWords.weak) addKeyword(automaton, word, { kind: 'coding', strong: false });
  for (const { series, words } of leetcodeMarkers) for (const word of words) addKeyword(automaton, word, { kind: 'leetcode', series });
  for (const word of questionWords) addKeyword(automaton, word, { kind: 'question' });
  for (const word of answerWords) addKeyword(automaton, word, { kind: 'answer' });
  for (const word of fillerWords) addKeyword(automaton, word, { kind: 'filler' });
  addProblemNames(automaton, catalogue.problems);
  automaton.build();

  const leetcode = new Map<string, string[]>();
  const slugs = new Map<string, string[]>();
  for (const problem of catalogue.problems) {
    if (problem.source.ref) {
      const key = leetcodeKeyOf(problem.source.ref, automaton);
      if (key) addToList(leetcode, key, problem.id);
    }
    for (const alias of [...problem.aliases.zh, ...problem.aliases.en]) {
      const key = leetcodeKeyOf(alias, automaton);
      if (key) addToList(leetcode, key, problem.id);
    }
    const slug = problem.source.url?.match(/leetcode\.(?:com|cn)\/problems\/([a-z0-9-]+)/)?.[1];
    if (slug) addToList(slugs, slug, problem.id);
  }
  automaton.steps = 0;

  const questions: QuestionDoc[] = [];
  const postings = new Map<string, number[]>();
  for (const question of catalogue.questions) {
    const features = new Set([
      ...textFeatures(normaliseLine(question.prompt.zh).norm),
      ...textFeatures(normaliseLine(question.prompt.en).norm),
    ]);
    for (const feature of features) addToList(postings, feature, questions.length);
    questions.push({ id: question.id, kind: question.kind, features, weight: 0 });
  }
  const idf = new Map<string, number>();
  const count = Math.max(1, questions.length);
  for (const [feature, list] of postings) idf.set(feature, Math.log(1 + count / list.length));
  const withWeights = questions.map((doc) => {
    let weight = 0;
    for (const feature of doc.features) weight += (idf.get(feature) ?? 0) * (isGeneric(feature) ? 0.2 : 1);
    return { ...doc, weight };
  });
  return { catalogue, automaton, leetcode, slugs, questions: withWeights, postings, idf };
}
