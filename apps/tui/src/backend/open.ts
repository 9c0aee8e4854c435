import type { Settings } from '../settings.js';
import type { Backend } from './backend.js';
import { openOfflineBackend } from './offline.js';
import { openServerBackend } from './server.js';

/** The server backend when settings name a server, otherwise the offline one. */
export function openBackend(settings: Settings): Backend {
  return settings.server ? openServerBackend(settings.server) : openOfflineBackend({ home: settings.home });
}
