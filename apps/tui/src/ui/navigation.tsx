import type { Company, RoundView } from '@mianjing/core';
import { createContext, useCallback, useContext, useRef, useState } from 'react';
import type { PublicSubmission } from '@mianjing/core';

/** Every screen of the app, with what it shows. */
export type Route =
  | { readonly screen: 'menu' }
  | { readonly screen: 'companies' }
  | { readonly screen: 'rounds'; readonly company: Company; readonly rounds: readonly RoundView[] }
  | { readonly screen: 'round'; readonly round: RoundView; readonly companyName: string }
  | { readonly screen: 'problems' }
  | { readonly screen: 'problem'; readonly id: string }
  | { readonly screen: 'result'; readonly submission: PublicSubmission }
  | { readonly screen: 'review' }
  | { readonly screen: 'card'; readonly questionId: string }
  | { readonly screen: 'questions' }
  | { readonly screen: 'numeric'; readonly questionId: string }
  | { readonly screen: 'progress' };

export interface Navigation {
  push(route: Route): void;
  /** Goes back one screen; from the first screen, leaves the app. */
  back(): void;
  /** Remembers a screen's UI state (cursor, filters) while it is on the stack. */
  readonly memory: Map<string, unknown>;
  /** Position of the current screen in the stack. */
  readonly depth: number;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside the app');
  return navigation;
}

/**
 * `useState` that survives going to another screen and coming back: the
 * value is kept for this screen's place in the stack until it is left. The
 * third element reads the latest value, even before the next render, so keys
 * typed quickly one after another each see the state the previous one left.
 */
export function useScreenState<T>(key: string, initial: T): [T, (value: T | ((previous: T) => T)) => void, () => T] {
  const { memory, depth } = useNavigation();
  const slot = `${depth}:${key}`;
  const [value, setValue] = useState<T>(() => (memory.has(slot) ? (memory.get(slot) as T) : initial));
  const live = useRef(value);
  live.current = value;
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(live.current) : next;
      live.current = resolved;
      memory.set(slot, resolved);
      setValue(resolved);
    },
    [memory, slot],
  );
  const current = useCallback(() => live.current, []);
  return [value, set, current];
}
