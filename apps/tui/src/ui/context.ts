import { createContext, useContext } from 'react';
import type { Backend } from '../backend/backend.js';
import type { Style } from '../format/style.js';
import type { Settings } from '../settings.js';

/** What every screen works with. */
export interface AppServices {
  readonly backend: Backend;
  readonly settings: Settings;
  /** Colours for text built by the shared formatters (off in tests and with NO_COLOR). */
  readonly style: Style;
  /** Opens a file in the person's editor and waits; the app gives up the terminal meanwhile. */
  readonly edit: (path: string) => { ok: true } | { ok: false; message: string };
  /** Lines the body of a screen may use, and the terminal width. */
  readonly bodyHeight: number;
  readonly width: number;
}

export const ServicesContext = createContext<AppServices | undefined>(undefined);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside the app');
  return services;
}
