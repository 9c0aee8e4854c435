export { judge, createJudge, checkJudgeRequest, type Judge, type JudgeOptions } from './judge.js';
export * from './schema.js';
export { compareOutput } from './compare.js';
export { createLimiter, type Limiter } from './limiter.js';
