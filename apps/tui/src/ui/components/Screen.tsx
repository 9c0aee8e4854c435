import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import type { ReactNode } from 'react';
import { useServices } from '../context.js';
import { useNavigation } from '../navigation.js';

export type KeyHelp = readonly (readonly [string, string])[];

type Props = {
  readonly title: string;
  /** Keys this screen takes, for the footer, after "q back" (or "q quit"). */
  readonly keys: KeyHelp;
  /** One line above the footer: what just happened, or what is going on. */
  readonly status?: string | undefined;
  readonly busy?: boolean;
  readonly children: ReactNode;
};

/** Lines a screen's frame takes: title, status and footer. */
export const FRAME_LINES = 3;

/** Every screen's frame: a title, the body, a status line and a footer listing the keys. */
export function Screen(props: Props) {
  const { bodyHeight, width } = useServices();
  const { depth } = useNavigation();
  const keys = [['q', depth === 0 ? 'quit' : 'back'] as const, ...props.keys];
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color="cyan" wrap="truncate-end">
        {props.title}
      </Text>
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {props.children}
      </Box>
      <Text wrap="truncate-end">
        {props.busy ? (
          <Text color="yellow">
            <Spinner type="dots" />{' '}
          </Text>
        ) : null}
        {props.status ?? ' '}
      </Text>
      <Text dimColor wrap="truncate-end">
        {keys.map(([key, label]) => `${key} ${label}`).join(' · ')}
      </Text>
    </Box>
  );
}

/** Loading and failure, in place of a screen's body. */
export function Pending(props: { readonly state: { status: 'loading' } | { status: 'error'; message: string } }) {
  return props.state.status === 'loading' ? (
    <Text>
      <Spinner type="dots" /> Loading…
    </Text>
  ) : (
    <Text color="red">{props.state.message}</Text>
  );
}
