import type { Key } from 'ink';
import { useScreenState } from '../navigation.js';

export interface ListState<T> {
  /** The items that match the search, in order. */
  readonly visible: readonly T[];
  readonly cursor: number;
  readonly selected: T | undefined;
  /** Index of the first row shown. */
  readonly offset: number;
  readonly query: string;
  /** Whether keys are going into the search box. */
  readonly searching: boolean;
  /** Handles a key if it is the list's; returns whether it was. */
  handleKey(input: string, key: Key): boolean;
}

interface Position {
  readonly cursor: number;
  readonly offset: number;
  readonly query: string;
  readonly searching: boolean;
}

/**
 * A selectable list with `/` search: arrows or j/k move, g/G jump to the
 * ends, PgUp/PgDn (or ctrl-u/ctrl-d) page, enter picks. While searching,
 * typed keys edit the query, enter keeps it and esc clears it.
 */
export function useList<T>(
  name: string,
  items: readonly T[],
  options: {
    readonly pageSize: number;
    readonly searchText: (item: T) => string;
    readonly onPick: (item: T) => void;
    /** Row selected when the screen opens. */
    readonly initialCursor?: number;
  },
): ListState<T> {
  const [position, setPosition, current] = useScreenState<Position>(`${name}.list`, {
    cursor: options.initialCursor ?? 0,
    offset: 0,
    query: '',
    searching: false,
  });
  const page = Math.max(1, options.pageSize);
  /** What a position shows: the matching items, and the cursor and first row kept in range. */
  const view = (p: Position) => {
    const needle = p.query.toLowerCase();
    const visible = needle ? items.filter((item) => options.searchText(item).toLowerCase().includes(needle)) : items;
    const cursor = Math.min(Math.max(p.cursor, 0), Math.max(visible.length - 1, 0));
    const offset = Math.min(Math.max(p.offset, cursor - page + 1, 0), cursor);
    return { visible, cursor, offset };
  };
  const shown = view(position);

  return {
    ...shown,
    selected: shown.visible[shown.cursor],
    query: position.query,
    searching: position.searching,
    handleKey(input, key) {
      const now = current();
      const { visible, cursor, offset } = view(now);
      const moveTo = (index: number) => {
        const next = Math.min(Math.max(index, 0), Math.max(visible.length - 1, 0));
        setPosition({ ...now, cursor: next, offset: Math.min(Math.max(offset, next - page + 1, 0), next) });
      };
      const search = (query: string, searching: boolean) => setPosition({ cursor: 0, offset: 0, query, searching });
      if (now.searching) {
        if (key.escape) search('', false);
        else if (key.return) setPosition({ ...now, searching: false });
        else if (key.backspace || key.delete) search(now.query.slice(0, -1), true);
        else if (input && !key.ctrl && !key.meta && !key.upArrow && !key.downArrow) search(now.query + input, true);
        return true;
      }
      if (key.upArrow || input === 'k') moveTo(cursor - 1);
      else if (key.downArrow || input === 'j') moveTo(cursor + 1);
      else if (key.pageUp || (key.ctrl && input === 'u')) moveTo(cursor - page);
      else if (key.pageDown || (key.ctrl && input === 'd')) moveTo(cursor + page);
      else if (key.home || input === 'g') moveTo(0);
      else if (key.end || input === 'G') moveTo(visible.length - 1);
      else if (input === '/') search('', true);
      else if (key.escape && now.query) search('', false);
      else if (key.return) {
        const item = visible[cursor];
        if (item !== undefined) options.onPick(item);
      } else return false;
      return true;
    },
  };
}
