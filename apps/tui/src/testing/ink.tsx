import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach } from 'vitest';
import type { Backend } from '../backend/backend.js';
import { openOfflineBackend } from '../backend/offline.js';
import type { Settings } from '../settings.js';
import { App } from '../ui/App.js';
import type { Route } from '../ui/navigation.js';
import { tempDir } from './cli.js';

/** Keys as a terminal sends them. */
export const keys = { enter: '\r', down: '\u001B[B', up: '\u001B[A', escape: '\u001B', backspace: '\u007F' } as const;

/** Settings for a temporary home and workspace. */
export function testSettings(): Settings {
  const home = tempDir('home');
  return {
    home,
    server: undefined,
    workspace: join(home, 'work', 'mianjing'),
    language: 'typescript',
    locale: 'en',
    cwd: join(home, 'work'),
  };
}

/** Apps rendered by the current test, closed after it. */
const rendered: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const app of rendered.splice(0)) await app.close();
});

/** Renders the app on a screen, over the real offline backend in a temporary home; it is closed after the test. */
export function renderApp(start: Route, options: { settings?: Settings; backend?: Backend } = {}) {
  const settings = options.settings ?? testSettings();
  const backend = options.backend ?? openOfflineBackend({ home: settings.home });
  const app = render(<App backend={backend} settings={settings} start={start} color={false} />);
  /** Resolves once the latest frame passes `check`, or fails with that frame. */
  const waitFor = async (check: (frame: string) => boolean, timeoutMs = 15_000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = app.lastFrame() ?? '';
      if (check(frame)) return frame;
      if (Date.now() > deadline) throw new Error(`timed out waiting; the last frame was:\n${frame}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const waitForText = (text: string, timeoutMs?: number) => waitFor((frame) => frame.includes(text), timeoutMs);
  /** Types keys one at a time, letting the app render between them. */
  const press = async (...sequence: string[]) => {
    for (const key of sequence) {
      app.stdin.write(key);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  };
  const close = async () => {
    app.unmount();
    await backend.close();
  };
  const handle = { ...app, settings, backend, waitFor, waitForText, press, close };
  rendered.push(handle);
  return handle;
}
