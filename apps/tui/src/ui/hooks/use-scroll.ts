import { type DOMElement, type Key, measureElement } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { useScreenState } from '../navigation.js';

/**
 * Scrolling for content taller than its box: j/k or arrows move a line,
 * space/PgDn and b/PgUp a page, g/G to the ends. `ref` goes on the content.
 */
export function useScroll(name: string, viewHeight: number) {
  const ref = useRef<DOMElement>(null);
  const [contentHeight, setContentHeight] = useState(0);
  const [offset, setOffset, currentOffset] = useScreenState(`${name}.scroll`, 0);
  useEffect(() => {
    if (!ref.current) return;
    const height = measureElement(ref.current).height;
    if (height !== contentHeight) setContentHeight(height);
  });
  const max = Math.max(0, contentHeight - viewHeight);
  /** Measured now rather than at the last effect, so a key right after new content arrives reaches all of it. */
  const currentMax = () => Math.max(0, (ref.current ? measureElement(ref.current).height : contentHeight) - viewHeight);
  const scrollTo = (next: number) => setOffset(Math.min(Math.max(next, 0), currentMax()));
  const scrollBy = (lines: number) => scrollTo(Math.min(currentOffset(), currentMax()) + lines);
  const page = Math.max(1, viewHeight - 1);
  const top = Math.min(offset, max);
  return {
    ref,
    offset: top,
    /** Whether there is more below or above what is shown. */
    more: { above: top > 0, below: top < max },
    scrollTo,
    handleKey(input: string, key: Key): boolean {
      if (key.downArrow || input === 'j') scrollBy(1);
      else if (key.upArrow || input === 'k') scrollBy(-1);
      else if (key.pageDown || input === ' ' || (key.ctrl && input === 'd')) scrollBy(page);
      else if (key.pageUp || input === 'b' || (key.ctrl && input === 'u')) scrollBy(-page);
      else if (key.home || input === 'g') scrollTo(0);
      else if (key.end || input === 'G') scrollTo(currentMax());
      else return false;
      return true;
    },
  };
}
