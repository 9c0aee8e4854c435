// @ts-check
// The witness follow-up is judged on the same inputs as increasing-triplet.
export * from '../increasing-triplet/generators.mjs';
