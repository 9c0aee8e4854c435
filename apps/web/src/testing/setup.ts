import { cleanup, configure } from '@solidjs/testing-library';
import { afterEach, beforeEach, inject } from 'vitest';
import { configureApi } from '../lib/api.js';

configureApi({ origin: inject('apiOrigin') });
// Pages load their code on first use and talk to a real server: allow more than the default second.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());
