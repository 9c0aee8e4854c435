import type { JudgeSpec, Param, ValueType } from './schema/problem.js';
import type { Language } from './schema/verdict.js';

const LIST_NODE_TS = `/**
 * Definition for singly-linked list (provided by the judge).
 * class ListNode {
 *     val: number
 *     next: ListNode | null
 *     constructor(val?: number, next?: ListNode | null)
 * }
 */
`;

const LIST_NODE_JS = `/**
 * Definition for singly-linked list (provided by the judge).
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
`;

function tsType(type: ValueType): string {
  if (type.endsWith('[]')) return `${tsType(type.slice(0, -2) as ValueType)}[]`;
  switch (type) {
    case 'int':
    case 'float':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'string':
      return 'string';
    case 'ListNode':
      return 'ListNode | null';
    default:
      return 'void';
  }
}

const tsParams = (params: readonly Param[]): string => params.map((p) => `${p.name}: ${tsType(p.type)}`).join(', ');

const jsDoc = (params: readonly Param[], returns: ValueType, indent = ''): string =>
  [
    `${indent}/**`,
    ...params.map((p) => `${indent} * @param {${tsType(p.type)}} ${p.name}`),
    `${indent} * @return {${tsType(returns)}}`,
    `${indent} */`,
  ].join('\n');

const usesListNode = (spec: JudgeSpec): boolean => JSON.stringify(spec).includes('"ListNode"');

/**
 * LeetCode-style starter code for a judge signature, declaring exactly the
 * names the judge calls.
 *
 * @example starterCode({ kind: 'function', function: 'mySqrt', params: [{ name: 'x', type: 'int' }], returns: 'int' }, 'typescript')
 * // "function mySqrt(x: number): number {\n\n}\n"
 */
export function starterCode(spec: JudgeSpec, language: Language): string {
  const header = usesListNode(spec) ? (language === 'typescript' ? LIST_NODE_TS : LIST_NODE_JS) : '';
  if (spec.kind === 'design') {
    if (language === 'typescript') {
      const methods = spec.methods.map((m) => `    ${m.name}(${tsParams(m.params)}): ${tsType(m.returns)} {\n\n    }`);
      return `${header}class ${spec.className} {\n    constructor(${tsParams(spec.constructorParams)}) {\n\n    }\n\n${methods.join('\n\n')}\n}\n`;
    }
    const ctor = `${jsDoc(spec.constructorParams, 'void')}\nvar ${spec.className} = function(${spec.constructorParams.map((p) => p.name).join(', ')}) {\n\n};\n`;
    const methods = spec.methods.map(
      (m) => `${jsDoc(m.params, m.returns)}\n${spec.className}.prototype.${m.name} = function(${m.params.map((p) => p.name).join(', ')}) {\n\n};\n`,
    );
    return `${header}${[ctor, ...methods].join('\n')}`;
  }
  const note =
    spec.kind === 'in-place'
      ? language === 'typescript'
        ? ` Do not return anything, modify ${spec.mutates} in-place instead.\n`
        : ''
      : '';
  if (language === 'typescript') {
    const doc = note ? `/**\n${note} */\n` : '';
    return `${header}${doc}function ${spec.function}(${tsParams(spec.params)}): ${tsType(spec.returns)} {\n\n}\n`;
  }
  const inPlace = spec.kind === 'in-place' ? `\n * Do not return anything, modify ${spec.mutates} in-place instead.\n */` : '';
  const doc = jsDoc(spec.params, spec.returns);
  return `${header}${inPlace ? doc.replace(/\n \*\/$/, inPlace) : doc}\nvar ${spec.function} = function(${spec.params.map((p) => p.name).join(', ')}) {\n\n};\n`;
}
