import { checkFlags, parseCommandLine, splitCommand } from './args.js';
import type { Backend } from './backend/backend.js';
import { openBackend } from './backend/open.js';
import type { CommandContext } from './commands/command.js';
import { findCommand } from './commands/index.js';
import { UsageError, describeFailure } from './errors.js';
import { safeText } from './format/safe-text.js';
import { styleFor } from './format/style.js';
import { commandHelp, globalHelp } from './help.js';
import { GlobalFlags, resolveSettings } from './settings.js';

/**
 * Runs `mj` with the given arguments and resolves with its exit code: 0
 * done, 1 judged but not accepted (or a wrong answer), 2 not done, with one
 * line on stderr saying why.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  let backend: Backend | undefined;
  try {
    const { command: name, rest } = splitCommand(argv);
    if (name === 'help') {
      const topic = rest.find((a) => !a.startsWith('-'));
      const command = topic ? findCommand(topic) : undefined;
      if (topic && !command) throw new UsageError(`unknown command "${topic}" (see mj --help)`);
      process.stdout.write(`${command ? commandHelp(command) : globalHelp()}\n`);
      return 0;
    }
    const command = name === undefined ? undefined : findCommand(name);
    if (name !== undefined && !command) throw new UsageError(`unknown command "${name}" (see mj --help)`);
    const { values, positionals } = parseCommandLine(name ?? 'mj', rest, command?.options ?? {});
    if (values.help) {
      process.stdout.write(`${command ? commandHelp(command) : globalHelp()}\n`);
      return 0;
    }
    if (name === undefined && positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (see mj --help)`);
    const settings = resolveSettings(checkFlags(name ?? 'mj', GlobalFlags, values));
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    const context: CommandContext = {
      settings,
      backend: () => (backend ??= openBackend(settings)),
      out: (text) => process.stdout.write(`${text}\n`),
      warn: (text) => process.stderr.write(`${text}\n`),
      note: (text) => {
        if (process.stderr.isTTY) process.stderr.write(`${text}\n`);
      },
      style: styleFor(process.stdout),
      interactive,
    };
    if (!command) {
      if (!interactive) throw new UsageError('the interactive app needs a terminal; see mj --help for the commands');
      const { runApp } = await import('./ui/run-app.js');
      await runApp({ settings, backend: context.backend(), start: { screen: 'menu' } });
      return 0;
    }
    return await command.run(context, values, positionals);
  } catch (error) {
    // A server's message or a file's content may hold control characters: shown, never acted on.
    process.stderr.write(`mj: ${safeText(describeFailure(error), { singleLine: true })}\n`);
    return 2;
  } finally {
    await backend?.close();
  }
}
