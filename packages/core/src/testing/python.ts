import { pythonRuntime } from '../judge/python/runtime.js';

/**
 * Whether this machine can judge Python (Debian's python3 with python3-numpy,
 * and bubblewrap able to create a sandbox). Tests that need it skip when it
 * cannot, and say so loudly: CI installs all three, so a skip there is a bug.
 */
const runtime = await pythonRuntime();
export const pythonMissing = !runtime.available;
export const pythonSkipReason = runtime.available ? '' : runtime.reason;

if (pythonMissing) {
  console.warn(
    `\n!!! Python judge tests SKIPPED: ${pythonSkipReason}\n!!! Install Debian's python3, python3-numpy and bubblewrap to run them (CI does).\n`,
  );
}
