import { describe, expect, it } from 'vitest';
import { texToText } from './tex.js';

describe('texToText', () => {
  it.each([
    ['0 \\le x \\le 2^{31} - 1', '0 ≤ x ≤ 2³¹ - 1'],
    ['\\lfloor \\sqrt{x} \\rfloor', '⌊√x⌋'],
    ['\\Delta W = BA', 'ΔW = BA'],
    ['\\beta\\log Z(x)', 'β log Z(x)'],
    ['p(y_w\\succ y_l\\mid x)', 'p(y_w ≻ yₗ | x)'],
    ['\\gamma, \\beta \\in \\mathbb{R}^d', 'γ, β ∈ ℝᵈ'],
    ['x_{ij} - \\mu_i', 'xᵢⱼ - μᵢ'],
    ['\\frac{x_{ij} - \\mu_i}{\\sqrt{\\sigma_i^2 + \\epsilon}}', '(xᵢⱼ - μᵢ)/√(σᵢ² + ϵ)'],
    ['d_\\text{head} = d_\\text{model} / h', 'd_head = d_model / h'],
    ['\\tfrac1\\beta r(x,y)', '1/β r(x,y)'],
    ['\\max_{\\pi}\\ \\mathbb E', 'max_π 𝔼'],
    ['\\mathcal L_{\\mathrm{DPO}}', 'ℒ_DPO'],
    ['\\operatorname{softmax}\\!\\left(\\frac{QK^\\top}{\\sqrt{d}}\\right)V', 'softmax(QKᵀ/√d)V'],
    ['65{,}536', '65,536'],
    ['\\hat r_\\theta', 'r̂_θ'],
    ['10^{-7} + 10^{-7}\\,|e|', '10⁻⁷ + 10⁻⁷ |e|'],
  ])('%s → %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });

  it('leaves an unknown command readable instead of dropping it', () => {
    expect(texToText('\\foo{x}')).toBe('foox');
  });
});
