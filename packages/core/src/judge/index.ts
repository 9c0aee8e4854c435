export { judge, createJudge, checkJudgeRequest, type Judge, type JudgeOptions } from './judge.js';
export * from './schema.js';
export { compareOutput } from './compare.js';
export { createLimiter, type Limiter } from './limiter.js';
export { LanguageInfo } from './languages.js';
export { pythonRuntime, type PythonRuntime } from './python/runtime.js';
