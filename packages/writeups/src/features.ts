import { functionChars } from './keywords.js';
import { isAsciiAlnum, isCjk } from './normalise.js';

/**
 * Words every question uses (什么, 为什么, 原理, 区别, 介绍一下…): their
 * character pairs count for little, so `GAN的原理?` is not LoRA's `讲一下 LoRA 的原理`.
 */
const genericWords =
  '什么 为什么 怎么 怎样 如何 哪些 哪个 是否 有没有 没有 可以 能否 能不能 我们 你们 他们 你会 你知道 知道 了解 理解 介绍 一下 讲讲 讲一讲 说说 说一下 描述 解释 区别 优势 优点 缺点 不足 原理 作用 问题 方法 这个 那个 时候 相关 知识 一个 如果 的话 分别 还有 或者 以及 主要 具体 简单 一些 比较 处理 操作 过程 实现 使用 用过 场景 方案 设计 需要 多少 计算 分析 一遍 讲一遍 简单梳理 复杂度 时间复杂度 空间复杂度';

const genericEnglish =
  'difference different differ compare comparison explain describe work use used using advantage disadvantage pro con principle role purpose mean meaning idea main understand know tell talk walk through between happen way'.split(
    ' ',
  );

const genericFeatures: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const word of genericWords.split(' ')) for (let i = 0; i + 1 < word.length; i++) set.add(`c:${word[i]}${word[i + 1]}`);
  for (const word of genericEnglish) set.add(`w:${word}`);
  return set;
})();

/**
 * Whether a feature is one of the words every question uses, or a pair of
 * characters with a function word in it (的原 of 的原理, 你会), which says
 * nothing about the subject.
 */
export function isGeneric(feature: string): boolean {
  if (genericFeatures.has(feature)) return true;
  if (!feature.startsWith('c:')) return false;
  // Code units one by one: function words are all in the Basic Multilingual Plane.
  for (let i = 2; i < feature.length; i++) {
    const ch = feature.charAt(i);
    if (functionChars.has(ch) || ch === '么') return true;
  }
  return false;
}

/**
 * The features two questions are compared by: English words (lower-cased,
 * plurals and -ing/-ed cut, camelCase split, neighbours also joined so
 * `layer norm`, `LayerNorm` and `layer-norm` share `layernorm`) and pairs of
 * adjacent Chinese characters. Read from a `norm` string (case kept).
 */
export function textFeatures(text: string): Set<string> {
  const features = new Set<string>();
  // Short names write-ups use for what prompts spell out.
  const norm = text.includes('快排') ? text.replaceAll('快排', '快速排序') : text;
  let previousWord = '';
  let gapSinceWord = 0;
  let i = 0;
  while (i < norm.length) {
    const code = norm.charCodeAt(i);
    if (isAsciiAlnum(code)) {
      let end = i;
      while (end < norm.length && isAsciiAlnum(norm.charCodeAt(end))) end++;
      const run = norm.slice(i, end);
      addWord(features, run);
      const lower = stem(run.toLowerCase());
      const joinable = !isNumber(lower) && !stopwords.has(lower);
      if (previousWord && joinable && gapSinceWord <= 1) features.add(`w:${previousWord}${lower}`);
      previousWord = joinable ? lower : '';
      gapSinceWord = 0;
      i = end;
      continue;
    }
    if (isCjk(code)) {
      let end = i;
      while (end < norm.length && isCjk(norm.charCodeAt(end))) end++;
      if (end - i === 1 && !functionChars.has(norm[i] as string)) features.add(`c:${norm[i]}`);
      for (let j = i; j + 1 < end; j++) features.add(`c:${norm.slice(j, j + 2)}`);
      previousWord = '';
      i = end;
      continue;
    }
    gapSinceWord++;
    i++;
  }
  return features;
}

const stopwords = new Set(
  'the a an of to in is are was were be been and or do does did you your it its for with on at as by this that these those from can could would will we they me my our about between than rather also there their when then one give say some has have had not no into out how what why which who whom whose if so such any each other more most very just like'.split(
    ' ',
  ),
);

/** A few abbreviations write-ups use for what prompts spell out. */
const expansions: Record<string, readonly string[]> = {
  sd: ['stable', 'diffusion'],
  cfg: ['classifier', 'free', 'guidance'],
  cot: ['chain', 'thought'],
  ln: ['layernorm'],
  bn: ['batchnorm'],
  attn: ['attention'],
  mha: ['multi', 'head', 'attention'],
  kv: ['key', 'value'],
  pe: ['positional', 'encoding'],
};

function isNumber(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether a run of letters and digits has a camelCase or letter–digit boundary, where `addWord` splits it. */
function hasBoundary(run: string): boolean {
  for (let i = 1; i < run.length; i++) {
    const before = run.charCodeAt(i - 1);
    const code = run.charCodeAt(i);
    const lowerBefore = before >= 97 && before <= 122;
    if (lowerBefore && code >= 65 && code <= 90) return true;
    if ((lowerBefore || (before >= 65 && before <= 90)) && code >= 48 && code <= 57) return true;
  }
  return false;
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function addWord(features: Set<string>, run: string): void {
  const lower = run.toLowerCase();
  const add = (word: string) => {
    const stemmed = stem(word);
    if (stemmed.length < 2 || stopwords.has(stemmed) || (isNumber(stemmed) && stemmed.length < 2)) return;
    features.add(`w:${stemmed}`);
    // Own keys only: `constructor` is a word of questions too.
    for (const expanded of Object.hasOwn(expansions, stemmed) ? (expansions[stemmed] ?? []) : []) features.add(`w:${expanded}`);
  };
  add(lower);
  // camelCase and letter–digit boundaries: TransformerEncoderBlock, MiniCPM, BLIP2 (not ViT: parts under three letters are no words).
  if (!hasBoundary(run)) return;
  const parts = run.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])/);
  if (parts.length > 1 && parts.every((part) => part.length >= 3 || /^[0-9]+$/.test(part)))
    for (const part of parts) add(part.toLowerCase());
}
