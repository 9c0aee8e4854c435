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
const positional = (params: readonly Param[], input: TestInput) =>
  params.map((p) => (input as Record<string, unknown>)[p.name]);

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
  const { operations } = input as { operations: string[] };
  return operations.slice(1).map((name) => {
    const method = spec.methods.find((m) => m.name === name);
    if (!method) throw new Error(`unknown method ${name}`);
    return method;
  });
};

const designDriver: KindDriver<z.infer<typeof DesignSpec>> = {
  entry: (spec) => spec.className,
  request: (spec, input) => {
    const { arguments: args } = input as { arguments: unknown[][] };
    return {
      op: 'design',
      ctorArgs: args[0] ?? [],
      ctorLists: listIndices(spec.constructorParams),
      calls: methodsOf(spec, input).map((method, i) => ({
        method: method.name,
        args: args[i + 1] ?? [],
        lists: listIndices(method.params),
        returns: method.returns,
      })),
    };
  },
  outputType: (spec, input) => ['void', ...methodsOf(spec, input).map((m) => m.returns)],
};

/** The driver of a problem's kind. */
export function driverFor(spec: JudgeSpec): KindDriver<JudgeSpec> {
  const drivers = { function: functionDriver, 'in-place': inPlaceDriver, design: designDriver };
  return drivers[spec.kind] as KindDriver<JudgeSpec>;
}
