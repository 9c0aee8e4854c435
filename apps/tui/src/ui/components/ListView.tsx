import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { ListState } from '../hooks/use-list.js';

type Props<T> = {
  readonly list: ListState<T>;
  /** Rows available, the search line included. */
  readonly height: number;
  readonly row: (item: T, selected: boolean) => ReactNode;
  readonly empty?: string;
};

/** The visible window of a list, the selected row marked, and the search line while there is a query. */
export function ListView<T>(props: Props<T>) {
  const { list } = props;
  const showSearch = list.searching || list.query !== '';
  const rows = Math.max(1, props.height - (showSearch ? 1 : 0));
  const window = list.visible.slice(list.offset, list.offset + rows);
  return (
    <Box flexDirection="column">
      {window.length === 0 ? <Text dimColor>{props.empty ?? 'nothing here'}</Text> : null}
      {window.map((item, i) => {
        const selected = list.offset + i === list.cursor;
        return (
          <Box key={list.offset + i}>
            <Box flexShrink={0}>
              <Text color="cyan">{selected ? '› ' : '  '}</Text>
            </Box>
            <Box flexGrow={1}>{props.row(item, selected)}</Box>
          </Box>
        );
      })}
      {showSearch ? (
        <Text color="yellow">
          /{list.query}
          {list.searching ? '▌' : ''}{' '}
          <Text dimColor>
            ({list.visible.length} match{list.visible.length === 1 ? '' : 'es'})
          </Text>
        </Text>
      ) : null}
    </Box>
  );
}
