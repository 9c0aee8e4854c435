import { Box, type DOMElement } from 'ink';
import type { ReactNode, RefObject } from 'react';

type Props = {
  readonly height: number;
  readonly offset: number;
  /** From `useScroll`, to measure the content. */
  readonly contentRef: RefObject<DOMElement | null>;
  readonly children: ReactNode;
};

/** A box of fixed height showing its content from line `offset`. */
export function ScrollView(props: Props) {
  return (
    <Box height={props.height} overflow="hidden" flexDirection="column">
      <Box ref={props.contentRef} marginTop={-props.offset} flexShrink={0} flexDirection="column">
        {props.children}
      </Box>
    </Box>
  );
}
