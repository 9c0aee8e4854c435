import type { CatalogueIndex } from './catalogue-index.js';
import { isGeneric, textFeatures } from './features.js';

export interface QuestionCandidate {
  readonly id: string;
  readonly type: 'numeric' | 'concept';
  /** 0–1, see `matchQuestion`. */
  readonly score: number;
}

/** A question is linked to a catalogue question at or above this score. */
export const questionThreshold = 0.45;
/** At or above this score, and clearly ahead of the next, the link is `sure`. */
export const sureQuestionThreshold = 0.75;

/** The weight of a feature no prompt has: about that of a word in a sixth of the prompts. */
const unseenWeight = 1.5;

/**
 * Catalogue questions whose prompt is worded like `norm`, best first (at most
 * three, score > 0.2).
 *
 * Both are reduced to features (English words, Chinese character pairs; see
 * `features.ts`), each weighted by how rare it is among the catalogue's
 * prompts (idf), and by a fifth when it belongs to a word every question uses
 * (什么, 原理, 区别…). The score is mostly *coverage* — the share of the
 * question's weight that the prompt (in either language) also has, since a
 * write-up's question is short and a prompt spells it out — and a little
 * *precision*, the share of the prompt's weight the question has, which
 * prefers the closer of two prompts that both cover it:
 * `0.8 · coverage + 0.2 · precision`. A feature no prompt has weighs 1.5:
 * an unknown word is a sign of another subject. A prompt must share words that are not
 * generic, of weight 2 or more (one rare word, or two common ones), to score
 * at all.
 */
export function matchQuestion(norm: string, index: CatalogueIndex): QuestionCandidate[] {
  const features = textFeatures(norm);
  if (features.size === 0 || index.questions.length === 0) return [];
  // Words that are not generic choose the candidates; generic ones only add to the weight of those.
  let queryWeight = 0;
  const generic: { feature: string; weight: number }[] = [];
  const shared = new Map<number, { weight: number; content: number }>();
  for (const feature of features) {
    const idf = index.idf.get(feature);
    if (isGeneric(feature)) {
      const weight = (idf ?? unseenWeight) * 0.2;
      queryWeight += weight;
      if (idf !== undefined) generic.push({ feature, weight });
      continue;
    }
    const weight = idf ?? unseenWeight;
    queryWeight += weight;
    if (idf === undefined) continue;
    for (const doc of index.postings.get(feature) ?? []) {
      const entry = shared.get(doc) ?? { weight: 0, content: 0 };
      entry.weight += weight;
      entry.content += weight;
      shared.set(doc, entry);
    }
  }
  // Most questions of a write-up share no rare word with any prompt.
  if (shared.size === 0) return [];
  for (const [doc, entry] of shared) {
    if (entry.content < 2) continue;
    const features = index.questions[doc]?.features;
    for (const { feature, weight } of generic) if (features?.has(feature)) entry.weight += weight;
  }
  const candidates: QuestionCandidate[] = [];
  for (const [doc, { weight, content }] of shared) {
    if (content < 2) continue;
    const question = index.questions[doc];
    if (!question) continue;
    const coverage = weight / queryWeight;
    const precision = question.weight > 0 ? weight / question.weight : 0;
    const score = Math.min(1, 0.8 * coverage + 0.2 * precision);
    if (score > 0.2) candidates.push({ id: question.id, type: question.kind, score: Math.round(score * 1000) / 1000 });
  }
  return candidates.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, 3);
}
