import type { ContentIssue } from '../errors.js';
import { DesignInput, type JudgeSpec, type Problem, type TestInput } from '../schema/problem.js';
import { describeArgumentsMismatch, describeTypeMismatch } from '../values.js';
import { generateCases } from './modules.js';
import type { ContentPack } from './read.js';

/**
 * Checks what no single file can: ids are unique, every round and collection
 * item exists and has the kind it is listed as, every item is reachable from a
 * round or a collection.
 */
export function checkReferences(pack: ContentPack): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const companies = new Set(pack.companies.map((c) => c.id));
  const kinds = new Map<string, string>();
  const seen = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const other = seen.get(id);
    if (other) issues.push({ file, field: 'id', message: `id "${id}" is also used by ${other}` });
    else seen.set(id, file);
  };
  for (const c of pack.companies) claim(`company:${c.id}`, 'companies.yaml');
  for (const p of pack.problems) {
    claim(p.id, `problems/${p.id}`);
    kinds.set(p.id, 'problem');
  }
  for (const q of pack.questions) {
    claim(q.id, `questions/${q.id}.yaml`);
    kinds.set(q.id, q.kind);
  }
  const reached = new Set<string>();
  const reach = (item: { type: string; id: string }, file: string, field: string) => {
    const kind = kinds.get(item.id);
    if (!kind) issues.push({ file, field, message: `no ${item.type} with id "${item.id}"` });
    else if (kind !== item.type) issues.push({ file, field, message: `"${item.id}" is a ${kind}, not a ${item.type}` });
    reached.add(item.id);
  };
  for (const writeup of pack.writeups) {
    const file = `writeups/${writeup.id}.yaml`;
    writeup.applications.forEach((a, i) => {
      if (!companies.has(a.company)) issues.push({ file, field: `applications.${i}.company`, message: `unknown company "${a.company}"` });
    });
    writeup.rounds.forEach((round, r) => {
      claim(`round:${round.id}`, `${file} rounds.${r}`);
      if (!companies.has(round.company)) issues.push({ file, field: `rounds.${r}.company`, message: `unknown company "${round.company}"` });
      round.items.forEach((item, i) => {
        if (item.type !== 'talk') reach(item, file, `rounds.${r}.items.${i}.id`);
      });
    });
  }
  for (const collection of pack.collections) {
    const file = `collections/${collection.id}.yaml`;
    claim(`collection:${collection.id}`, file);
    const listed = new Set<string>();
    collection.sections.forEach((section, s) => {
      section.items.forEach((item, i) => {
        const field = `sections.${s}.items.${i}.id`;
        if (listed.has(item.id)) issues.push({ file, field, message: `"${item.id}" is listed twice in this collection` });
        listed.add(item.id);
        reach(item, file, field);
      });
    });
  }
  for (const [id, kind] of kinds) {
    if (!reached.has(id)) {
      const file = kind === 'problem' ? `problems/${id}/problem.yaml` : `questions/${id}.yaml`;
      issues.push({ file, field: 'id', message: `"${id}" is not used by any round or collection` });
    }
  }
  return issues;
}

/** Why a test input/output does not fit the judge signature, or `undefined`. */
export function describeTestMismatch(spec: JudgeSpec, input: TestInput, output: unknown, hasOutput: boolean): string | undefined {
  if (spec.kind === 'design') {
    const design = DesignInput.safeParse(input);
    if (!design.success) return 'input: expected { operations, arguments }';
    const { operations, arguments: args } = design.data;
    if (operations.length !== args.length) return 'input: operations and arguments differ in length';
    if (operations[0] !== spec.className) return `input.operations[0]: expected "${spec.className}"`;
    const first = describeArgumentsMismatch(namedArgs(spec.constructorParams, args[0] ?? []), spec.constructorParams);
    if (first) return `input.arguments[0]: ${first}`;
    for (let i = 1; i < operations.length; i++) {
      const method = spec.methods.find((m) => m.name === operations[i]);
      if (!method) return `input.operations[${i}]: "${operations[i]}" is not a method of ${spec.className}`;
      const argsOf = args[i] ?? [];
      if (argsOf.length !== method.params.length) return `input.arguments[${i}]: expected ${method.params.length} arguments`;
      const problem = describeArgumentsMismatch(namedArgs(method.params, argsOf), method.params);
      if (problem) return `input.arguments[${i}]: ${problem}`;
      if (hasOutput) {
        if (!Array.isArray(output) || output.length !== operations.length) return 'output: expected one result per operation';
        const result = describeTypeMismatch(output[i] ?? null, method.returns, `output[${i}]`);
        if (result) return result;
      }
    }
    return undefined;
  }
  if (DesignInput.safeParse(input).success) return 'input: expected arguments by name, not operations';
  const problem = describeArgumentsMismatch(input as Record<string, unknown>, spec.params);
  if (problem) return `input.${problem}`;
  if (!hasOutput) return undefined;
  const outType = spec.kind === 'in-place' ? spec.params.find((p) => p.name === spec.mutates)?.type : spec.returns;
  if (!outType) return 'judge.mutates: not a parameter';
  return describeTypeMismatch(output, outType, 'output');
}

const namedArgs = (params: readonly { name: string }[], values: readonly unknown[]): Record<string, unknown> =>
  Object.fromEntries(values.map((v, i) => [params[i]?.name ?? `#${i}`, v]));

/**
 * Checks that every written and generated test of a problem fits its
 * signature, and that solution and checker files are where the spec says.
 */
export async function checkProblemTests(pack: ContentPack, problem: Problem): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  const file = `problems/${problem.id}/tests.json`;
  const { judge } = problem;
  if (judge.kind === 'in-place' && !judge.params.some((p) => p.name === judge.mutates)) {
    issues.push({ file: `problems/${problem.id}/problem.yaml`, field: 'judge.mutates', message: `"${judge.mutates}" is not a parameter` });
    return issues;
  }
  for (const group of ['examples', 'hidden'] as const) {
    problem.tests[group].forEach((test, i) => {
      const problemText = describeTestMismatch(judge, test.input, test.output, test.output !== undefined);
      if (problemText) issues.push({ file, field: `${group}.${i}`, message: problemText });
    });
  }
  try {
    const cases = await generateCases(pack.dir, problem);
    for (const generated of cases) {
      const problemText = describeTestMismatch(judge, generated.input, undefined, false);
      if (problemText) issues.push({ file: `problems/${problem.id}/generators.mjs`, field: generated.label, message: problemText });
    }
  } catch (error) {
    issues.push({ file: `problems/${problem.id}/generators.mjs`, field: '', message: (error as Error).message });
  }
  return issues;
}
