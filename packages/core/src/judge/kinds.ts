import type { DesignSpec, FunctionSpec, InPlaceSpec } from '../schema/problem.js';
import type { JudgeSpec, Param, TestInput, ValueType } from '../schema/problem.js';
import type { z } from 'zod';
import type { HarnessRequest } from './harness.js';

/**
 * How one kind of problem is driven: the name the user's code must define,
 * the harness call for a test input, and the type of what is compared.
 */
export interface KindDriver<S extends JudgeSpec> {
  entry(spec: S): string;
  request(spec: S, input: TestInput): HarnessRequest;
  outputType(spec: S, input: TestInput): ValueType | readonly ValueType[];
}

const listIndices = (params: readonly Param[]) => params.flatMap((p, i) => (p.type === 'ListNode' ? [i] : []));
const positional = (params: readonly Param[], input: TestInput) => params.map((p) => (input as Record<string, unknown>)[p.name]);

const functionDriver: KindDriver<z.infer<typeof FunctionSpec>> = {
  entry: (spec) => spec.function,
  request: (spec, input) => ({
    op: 'call',
    args: positional(spec.params, input),
    lists: listIndices(spec.params),
    returns: spec.returns,
    mutated: null,
    mutatedType: null,
  }),
  outputType: (spec) => spec.returns,
};

const inPlaceDriver: KindDriver<z.infer<typeof InPlaceSpec>> = {
  entry: (spec) => spec.function,
  request: (spec, input) => {
    const index = spec.params.findIndex((p) => p.name === spec.mutates);
    return {
      op: 'call',
      args: positional(spec.params, input),
      lists: listIndices(spec.params),
      returns: 'void',
      mutated: index,
      mutatedType: spec.params[index]?.type ?? null,
    };
  },
  outputType: (spec) => spec.params.find((p) => p.name === spec.mutates)?.type ?? 'void',
};

const methodsOf = (spec: z.infer<typeof DesignSpec>, input: TestInput) => {
  const byName = new Map(spec.methods.map((m) => [m.name, m]));
  return (input as { operations: string[] }).operations.slice(1).map((name) => {
    const method = byName.get(name);
    if (!method) throw new Error(`unknown method ${name}`);
    return method;
  });
};

const designDriver: KindDriver<z.infer<typeof DesignSpec>> = {
  entry: (spec) => spec.className,
  request: (spec, input) => {
    const { operations, arguments: args } = input as { operations: string[]; arguments: unknown[][] };
    return {
      op: 'design',
      ctorArgs: args[0] ?? [],
      ctorLists: listIndices(spec.constructorParams),
      methods: Object.fromEntries(spec.methods.map((m) => [m.name, { lists: listIndices(m.params), returns: m.returns }])),
      operations: operations.slice(1),
      arguments: args.slice(1),
    };
  },
  outputType: (spec, input) => ['void', ...methodsOf(spec, input).map((m) => m.returns)],
};

/** The driver of a problem's kind. */
export function driverFor(spec: JudgeSpec): KindDriver<JudgeSpec> {
  const drivers = { function: functionDriver, 'in-place': inPlaceDriver, design: designDriver };
  return drivers[spec.kind] as KindDriver<JudgeSpec>;
}
