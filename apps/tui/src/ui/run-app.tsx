import { render } from 'ink';
import type { Backend } from '../backend/backend.js';
import type { Settings } from '../settings.js';
import { App } from './App.js';
import type { Route } from './navigation.js';

/** Switch to the terminal's alternate screen (and back), as full-screen programs do. */
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** Runs the interactive app full-screen until the person leaves it. */
export async function runApp(options: { readonly settings: Settings; readonly backend: Backend; readonly start: Route }): Promise<void> {
  const resume = () => process.stdout.write(ENTER_ALTERNATE_SCREEN);
  resume();
  const instance = render(
    <App backend={options.backend} settings={options.settings} start={options.start} color={!process.env.NO_COLOR} onResume={resume} />,
    { exitOnCtrlC: true },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
}
