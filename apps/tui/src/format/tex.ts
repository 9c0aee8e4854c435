/**
 * TeX formulas as plain Unicode text for the terminal: Greek letters and
 * operators become their symbols, `x^{2}` becomes `x²`, `\frac{a}{b}` becomes
 * `a/b`. Not a typesetter — enough to read the statements and cards.
 *
 * @example texToText('0 \\le x \\le 2^{31} - 1') // '0 ≤ x ≤ 2³¹ - 1'
 */
export function texToText(tex: string): string {
  const out = render(tokenize(tex), 0).text;
  return out
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/([([{⌊⌈‖|]) (?=\S)/g, (m, open: string) => (open === '|' || open === '‖' ? m : open))
    .replace(/ ([)\]},.;:⌋⌉])/g, '$1')
    .trim();
}

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ϵ',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'ϕ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  simeq: '≃',
  equiv: '≡',
  propto: '∝',
  ll: '≪',
  gg: '≫',
  succ: '≻',
  prec: '≺',
  times: '×',
  cdot: '·',
  div: '÷',
  pm: '±',
  mp: '∓',
  odot: '⊙',
  otimes: '⊗',
  oplus: '⊕',
  circ: '∘',
  ast: '∗',
  star: '⋆',
  in: '∈',
  notin: '∉',
  subset: '⊂',
  subseteq: '⊆',
  cup: '∪',
  cap: '∩',
  wedge: '∧',
  vee: '∨',
  neg: '¬',
  forall: '∀',
  exists: '∃',
  emptyset: '∅',
  varnothing: '∅',
  infty: '∞',
  partial: '∂',
  nabla: '∇',
  sum: '∑',
  prod: '∏',
  int: '∫',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  Leftarrow: '⇐',
  iff: '⇔',
  mapsto: '↦',
  mid: '|',
  vert: '|',
  lvert: '|',
  rvert: '|',
  Vert: '‖',
  lVert: '‖',
  rVert: '‖',
  '|': '‖',
  lfloor: '⌊',
  rfloor: '⌋',
  lceil: '⌈',
  rceil: '⌉',
  langle: '⟨',
  rangle: '⟩',
  dots: '…',
  ldots: '…',
  cdots: '⋯',
  vdots: '⋮',
  ddots: '⋱',
  top: 'ᵀ',
  prime: '′',
  ell: 'ℓ',
  hbar: 'ℏ',
  quad: '  ',
  qquad: '    ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  ' ': ' ',
  '!': '',
  '{': '{',
  '}': '}',
  '%': '%',
  _: '_',
  '&': '&',
  '#': '#',
  $: '$',
  '\\': '\n',
};
/** Relations and operators, written with a space on each side. */
const SPACED = new Set([
  'le',
  'leq',
  'ge',
  'geq',
  'ne',
  'neq',
  'approx',
  'sim',
  'simeq',
  'equiv',
  'propto',
  'll',
  'gg',
  'succ',
  'prec',
  'times',
  'cdot',
  'div',
  'pm',
  'mp',
  'odot',
  'otimes',
  'oplus',
  'in',
  'notin',
  'subset',
  'subseteq',
  'cup',
  'cap',
  'wedge',
  'vee',
  'to',
  'rightarrow',
  'leftarrow',
  'Rightarrow',
  'Leftarrow',
  'iff',
  'mapsto',
  'mid',
]);
const NAMED = new Set([
  'log',
  'ln',
  'exp',
  'min',
  'max',
  'arg',
  'argmin',
  'argmax',
  'sin',
  'cos',
  'tan',
  'tanh',
  'sup',
  'inf',
  'lim',
  'det',
  'dim',
  'softmax',
  'KL',
  'Pr',
]);
const DROPPED = new Set([
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'displaystyle',
  'textstyle',
  'limits',
  'nolimits',
  'begin',
  'end',
]);
const PASS_THROUGH = new Set([
  'text',
  'textrm',
  'texttt',
  'textbf',
  'textit',
  'mathrm',
  'mathbf',
  'mathit',
  'mathsf',
  'mathtt',
  'boldsymbol',
  'bm',
  'operatorname',
  'mathop',
]);
const DOUBLE_STRUCK: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', E: '𝔼', P: 'ℙ', I: '𝕀' };
const SCRIPT: Record<string, string> = { L: 'ℒ', D: '𝒟', N: '𝒩', O: '𝒪', F: 'ℱ', H: 'ℋ', B: 'ℬ', M: 'ℳ', E: 'ℰ', R: 'ℛ' };
const ACCENTS: Record<string, string> = {
  hat: '\u0302',
  widehat: '\u0302',
  bar: '\u0304',
  overline: '\u0305',
  tilde: '\u0303',
  widetilde: '\u0303',
  vec: '\u20D7',
  dot: '\u0307',
  ddot: '\u0308',
};
const SUPER: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()niTtkaebcdfghjlmoprsuvwxyz'].map((c, i) => [c, [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵗᵏᵃᵉᵇᶜᵈᶠᵍʰʲˡᵐᵒᵖʳˢᵘᵛʷˣʸᶻ'][i] ?? c]),
);
const SUB: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()aehijklmnoprstuvx'].map((c, i) => [c, [...'₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'][i] ?? c]),
);

type Token = { kind: 'command'; name: string } | { kind: 'char'; text: string } | { kind: 'open' } | { kind: 'close' };

function tokenize(tex: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i] as string;
    if (c === '\\') {
      const word = /^[A-Za-z]+/.exec(tex.slice(i + 1))?.[0];
      const name = word ?? tex[i + 1] ?? '';
      tokens.push({ kind: 'command', name });
      i += name.length;
      // As in TeX, spaces after a command word only end the word.
      if (word) while (/\s/.test(tex[i + 1] ?? '')) i++;
    } else if (c === '{') tokens.push({ kind: 'open' });
    else if (c === '}') tokens.push({ kind: 'close' });
    else tokens.push({ kind: 'char', text: /\s/.test(c) ? ' ' : c });
  }
  return tokens;
}

interface Rendered {
  readonly text: string;
  /** Index of the first token not consumed. */
  readonly next: number;
}

/** Renders tokens from `start` until the group closes (or the end). */
function render(tokens: readonly Token[], start: number): Rendered {
  let text = '';
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind === 'close') return { text, next: i + 1 };
    if (token.kind === 'char' && (token.text === '^' || token.text === '_')) {
      const arg = argument(tokens, i + 1);
      text = text.trimEnd() + script(arg.text, token.text === '^' ? SUPER : SUB, token.text);
      i = arg.next;
      continue;
    }
    const piece = atom(tokens, i);
    text += piece.text;
    i = piece.next;
  }
  return { text, next: i };
}

/** One braced group, command with its arguments, or character. */
function atom(tokens: readonly Token[], i: number): Rendered {
  const token = tokens[i] as Token;
  if (token.kind === 'open') return render(tokens, i + 1);
  if (token.kind === 'char') return { text: token.text === '&' ? '' : token.text, next: i + 1 };
  if (token.kind === 'close') return { text: '', next: i + 1 };
  return command(token.name, tokens, i + 1);
}

function command(name: string, tokens: readonly Token[], i: number): Rendered {
  if (name === 'begin' || name === 'end') return { text: '', next: skipGroup(tokens, i) };
  if (DROPPED.has(name)) return { text: '', next: i };
  if (SPACED.has(name)) return { text: ` ${SYMBOLS[name] as string} `, next: i };
  if (name in SYMBOLS) return { text: SYMBOLS[name] as string, next: i };
  if (NAMED.has(name)) return { text: ` ${name} `, next: i };
  if (PASS_THROUGH.has(name)) return argument(tokens, i);
  if (name === 'mathbb' || name === 'mathcal' || name === 'mathscr') {
    const arg = argument(tokens, i);
    const table = name === 'mathbb' ? DOUBLE_STRUCK : SCRIPT;
    return { text: [...arg.text].map((c) => table[c] ?? c).join(''), next: arg.next };
  }
  if (name in ACCENTS) {
    const arg = argument(tokens, i);
    return { text: arg.text.length === 1 ? arg.text + ACCENTS[name] : `${arg.text}${ACCENTS[name]}`, next: arg.next };
  }
  if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
    const top = argument(tokens, i);
    const bottom = argument(tokens, top.next);
    return { text: `${group(top.text)}/${group(bottom.text)} `, next: bottom.next };
  }
  if (name === 'sqrt') {
    let index = '';
    let at = i;
    if (tokens[at]?.kind === 'char' && (tokens[at] as { text: string }).text === '[') {
      const close = tokens.findIndex((t, k) => k > at && t.kind === 'char' && t.text === ']');
      index = render(tokens.slice(at + 1, close), 0).text;
      at = close + 1;
    }
    const arg = argument(tokens, at);
    return { text: `${index ? script(index, SUPER, '^') : ''}√${group(arg.text)}`, next: arg.next };
  }
  if (name === 'underbrace' || name === 'overbrace') {
    const arg = argument(tokens, i);
    const marker = tokens[arg.next];
    if (marker?.kind === 'char' && (marker.text === '_' || marker.text === '^')) {
      const note = argument(tokens, arg.next + 1);
      return { text: `${arg.text} (${note.text.trim()})`, next: note.next };
    }
    return arg;
  }
  return { text: name, next: i };
}

/** The argument of a command or script: a group, or else the next single atom. */
function argument(tokens: readonly Token[], i: number): Rendered {
  let at = i;
  while (tokens[at]?.kind === 'char' && (tokens[at] as { text: string }).text === ' ') at++;
  if (at >= tokens.length) return { text: '', next: at };
  return atom(tokens, at);
}

function skipGroup(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.kind !== 'open') return i;
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    if (tokens[k]?.kind === 'open') depth++;
    if (tokens[k]?.kind === 'close' && --depth === 0) return k + 1;
  }
  return tokens.length;
}

const group = (text: string) => {
  const trimmed = text.trim();
  return /^√?[\p{L}\p{N}.′]+$/u.test(trimmed) || /^√?\([^()]*\)$/.test(trimmed) ? trimmed : `(${trimmed})`;
};

/** Superscript or subscript characters when every character has one, else `^(…)` / `_…`. */
function script(text: string, table: Record<string, string>, marker: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (trimmed === '′' || trimmed === 'ᵀ') return trimmed;
  if ([...trimmed].every((c) => c in table)) return [...trimmed].map((c) => table[c]).join('');
  if (marker === '_') return `_${/^[\p{L}\p{N}]+$/u.test(trimmed) ? trimmed : `(${trimmed})`}`;
  return `^${group(trimmed)}`;
}
