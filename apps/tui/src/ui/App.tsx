import { Box, useApp, useStdin } from 'ink';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Backend } from '../backend/backend.js';
import { createStyle } from '../format/style.js';
import type { Settings } from '../settings.js';
import { openInEditor } from '../workspace.js';
import { FRAME_LINES } from './components/Screen.js';
import { type AppServices, ServicesContext } from './context.js';
import { useKeyQueue } from './hooks/use-key-queue.js';
import { type KeyTarget, KeyTargetContext } from './hooks/use-screen-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { type Navigation, NavigationContext, type Route } from './navigation.js';
import { Card, Review } from './screens/Flashcards.js';
import { Menu } from './screens/Menu.js';
import { ProblemList } from './screens/ProblemList.js';
import { ProblemView } from './screens/ProblemView.js';
import { ProgressView } from './screens/ProgressView.js';
import { NumericQuestion, Questions } from './screens/Questions.js';
import { ResultView } from './screens/ResultView.js';
import { Companies, Round, Rounds } from './screens/Timeline.js';

export type Props = {
  readonly backend: Backend;
  readonly settings: Settings;
  /** The first screen. */
  readonly start: Route;
  /** Colour in text built by the shared formatters. */
  readonly color: boolean;
  /** Called after an external program (the editor) had the terminal, to take it back. */
  readonly onResume?: () => void;
};

function screenFor(route: Route) {
  switch (route.screen) {
    case 'menu':
      return <Menu />;
    case 'companies':
      return <Companies />;
    case 'rounds':
      return <Rounds company={route.company} rounds={route.rounds} />;
    case 'round':
      return <Round round={route.round} companyName={route.companyName} />;
    case 'problems':
      return <ProblemList />;
    case 'problem':
      return <ProblemView id={route.id} />;
    case 'result':
      return <ResultView submission={route.submission} />;
    case 'review':
      return <Review />;
    case 'card':
      return <Card questionId={route.questionId} />;
    case 'questions':
      return <Questions />;
    case 'numeric':
      return <NumericQuestion questionId={route.questionId} />;
    case 'progress':
      return <ProgressView />;
  }
}

/** The interactive app: a stack of screens over one backend; `q` pops, and leaves from the first screen. */
export function App(props: Props) {
  const { exit } = useApp();
  const { setRawMode, isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const [stack, setStack] = useState<readonly Route[]>([props.start]);
  /** The stack as the last push or back left it, which the next key (maybe before a render) must see. */
  const stackRef = useRef(stack);
  const memory = useRef(new Map<string, unknown>()).current;
  const keyTarget = useRef<KeyTarget['current']>(undefined);
  /** The stack the terminal shows; keys wait while it differs from `stackRef` (a screen is opening or closing). */
  const shown = useRef(stack);
  const resumeKeys = useKeyQueue(
    keyTarget,
    useCallback(() => shown.current === stackRef.current, []),
  );
  useLayoutEffect(() => {
    shown.current = stack;
    resumeKeys();
  }, [stack, resumeKeys]);

  const navigation = useMemo<Navigation>(
    () => ({
      memory,
      depth: stack.length - 1,
      push: (route) => {
        stackRef.current = [...stackRef.current, route];
        setStack(stackRef.current);
      },
      back: () => {
        const depth = stackRef.current.length - 1;
        if (depth === 0) return exit();
        for (const key of [...memory.keys()]) if (key.startsWith(`${depth}:`)) memory.delete(key);
        stackRef.current = stackRef.current.slice(0, -1);
        setStack(stackRef.current);
      },
    }),
    [memory, stack.length, exit],
  );

  const services = useMemo<AppServices>(
    () => ({
      backend: props.backend,
      settings: props.settings,
      style: createStyle(props.color),
      width: columns,
      bodyHeight: Math.max(3, rows - FRAME_LINES),
      edit: (path) => {
        if (isRawModeSupported) setRawMode(false);
        const result = openInEditor(path);
        if (isRawModeSupported) setRawMode(true);
        props.onResume?.();
        return result;
      },
    }),
    [props.backend, props.settings, props.color, props.onResume, columns, rows, isRawModeSupported, setRawMode],
  );

  const top = stack[stack.length - 1] as Route;
  return (
    <ServicesContext.Provider value={services}>
      <NavigationContext.Provider value={navigation}>
        <KeyTargetContext.Provider value={keyTarget}>
          <Box key={stack.length} flexDirection="column" width={columns} height={rows}>
            {screenFor(top)}
          </Box>
        </KeyTargetContext.Provider>
      </NavigationContext.Provider>
    </ServicesContext.Provider>
  );
}
