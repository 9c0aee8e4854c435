// @ts-check

/**
 * Any valid triple is accepted. [] is accepted only when no triple exists, which
 * the reference solution's output tells: it is [] exactly in that case.
 * @type {import('../../../src/content/modules.js').Checker}
 */
export const check = (input, expected, actual) => {
  const nums = /** @type {number[]} */ (/** @type {Record<string, unknown>} */ (input).nums);
  const noneExists = Array.isArray(expected) && expected.length === 0;
  const hint = noneExists ? ' (this input has no increasing triplet; the answer is [])' : '';

  if (!Array.isArray(actual)) {
    return { ok: false, message: `expected an array of three indices or [], got ${show(actual)}` };
  }
  if (actual.length === 0) {
    if (noneExists) return { ok: true };
    return {
      ok: false,
      message: `returned [], claiming no increasing triplet exists, but one does, e.g. indices ${show(expected)}`,
    };
  }
  if (actual.length !== 3) {
    return { ok: false, message: `expected [] or exactly three indices, got ${actual.length} elements: ${show(actual)}${hint}` };
  }
  for (const index of actual) {
    if (!Number.isInteger(index)) return { ok: false, message: `index ${show(index)} is not an integer${hint}` };
    if (index < 0 || index >= nums.length) {
      return { ok: false, message: `index ${index} is out of range [0, ${nums.length - 1}]${hint}` };
    }
  }
  const [i, j, k] = /** @type {[number, number, number]} */ (actual);
  if (!(i < j && j < k)) {
    return { ok: false, message: `indices [${i}, ${j}, ${k}] are not in order: need i < j < k${hint}` };
  }
  const [a, b, c] = /** @type {[number, number, number]} */ ([nums[i], nums[j], nums[k]]);
  if (!(a < b && b < c)) {
    return {
      ok: false,
      message: `values are not strictly increasing: nums[${i}] = ${a}, nums[${j}] = ${b}, nums[${k}] = ${c}${hint}`,
    };
  }
  // A valid triple proves that one exists, so it is accepted whatever the expected output says.
  return { ok: true };
};

/** @param {unknown} value */
function show(value) {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
