export { judge, createJudge, checkJudgeRequest, type Judge, type JudgeOptions } from './judge.js';
export * from './schema.js';
export { compareOutput } from './compare.js';
export { createLimiter, type Limiter } from './limiter.js';
export { LanguageInfo } from './languages.js';
export { pythonRuntime, type PythonRuntime } from './python/runtime.js';
/** For profiling the judge (bench/src/profile-judge.ts); not part of the judge's API. */
export { isolateObserver } from './sandbox.js';
