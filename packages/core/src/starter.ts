import type { JudgeSpec, Param, PythonSpec, ValueType } from './schema/problem.js';
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

const LIST_NODE_PY = `# Definition for singly-linked list (provided by the judge).
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
`;

function pyType(type: ValueType, numpy: boolean): string {
  if (type.endsWith('[]')) return numpy ? 'np.ndarray' : `List[${pyType(type.slice(0, -2) as ValueType, false)}]`;
  const names: Partial<Record<ValueType, string>> = {
    int: 'int',
    float: 'float',
    bool: 'bool',
    string: 'str',
    ListNode: 'Optional[ListNode]',
  };
  return names[type] ?? 'None';
}

/** `learningRate` → `learning_rate`; a name without humps (`X`) stays as it is. */
const snakeCase = (name: string) => (/[a-z0-9][A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() : name);

const pyParams = (params: readonly Param[], numpy: boolean, self: boolean): string =>
  [...(self ? ['self'] : []), ...params.map((p) => `${numpy ? snakeCase(p.name) : p.name}: ${pyType(p.type, numpy)}`)].join(', ');

/** LeetCode's Python 3 template, or a numpy function for the ML problems. */
function pythonStarter(spec: JudgeSpec, python: PythonSpec | undefined): string {
  const header = usesListNode(spec) ? LIST_NODE_PY : '';
  if (spec.kind === 'design') {
    const methods = spec.methods.map(
      (m) => `    def ${m.name}(${pyParams(m.params, false, true)}) -> ${pyType(m.returns, false)}:\n        pass\n`,
    );
    return `${header}class ${spec.className}:\n\n    def __init__(${pyParams(spec.constructorParams, false, true)}):\n        pass\n\n${methods.join('\n')}`;
  }
  if (python?.function) {
    return `import numpy as np\n\n\ndef ${python.function}(${pyParams(spec.params, true, false)}) -> ${pyType(spec.returns, true)}:\n    pass\n`;
  }
  const note =
    spec.kind === 'in-place' ? `        """\n        Do not return anything, modify ${spec.mutates} in-place instead.\n        """\n` : '';
  return `${header}class Solution:\n    def ${spec.function}(${pyParams(spec.params, false, true)}) -> ${pyType(spec.returns, false)}:\n${note}        pass\n`;
}

/**
 * LeetCode-style starter code for a judge signature, declaring exactly the
 * names the judge calls. Python needs the problem's `python` block: a plain
 * numpy function when it names one, `class Solution` otherwise.
 *
 * @example starterCode({ kind: 'function', function: 'mySqrt', params: [{ name: 'x', type: 'int' }], returns: 'int' }, 'typescript')
 * // "function mySqrt(x: number): number {\n\n}\n"
 */
export function starterCode(spec: JudgeSpec, language: Language, python?: PythonSpec): string {
  if (language === 'python') return pythonStarter(spec, python);
  const header = usesListNode(spec) ? (language === 'typescript' ? LIST_NODE_TS : LIST_NODE_JS) : '';
  if (spec.kind === 'design') {
    if (language === 'typescript') {
      const methods = spec.methods.map((m) => `    ${m.name}(${tsParams(m.params)}): ${tsType(m.returns)} {\n\n    }`);
      return `${header}class ${spec.className} {\n    constructor(${tsParams(spec.constructorParams)}) {\n\n    }\n\n${methods.join('\n\n')}\n}\n`;
    }
    const ctor = `${jsDoc(spec.constructorParams, 'void')}\nvar ${spec.className} = function(${spec.constructorParams.map((p) => p.name).join(', ')}) {\n\n};\n`;
    const methods = spec.methods.map(
      (m) =>
        `${jsDoc(m.params, m.returns)}\n${spec.className}.prototype.${m.name} = function(${m.params.map((p) => p.name).join(', ')}) {\n\n};\n`,
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
