import type { NumericGrade } from '@mianjing/core';
import { Text } from 'ink';
import { useState } from 'react';
import { describeFailure } from '../../errors.js';
import { formatGrade } from '../../format/practice.js';
import { markdownForTerminal } from '../../format/problems.js';
import { ListView } from '../components/ListView.js';
import { Pending, Screen } from '../components/Screen.js';
import { ScrollView } from '../components/ScrollView.js';
import { useServices } from '../context.js';
import { useAsync } from '../hooks/use-async.js';
import { useBusy } from '../hooks/use-busy.js';
import { useList } from '../hooks/use-list.js';
import { useScreenKeys } from '../hooks/use-screen-keys.js';
import { useScroll } from '../hooks/use-scroll.js';
import { useNavigation, useScreenState } from '../navigation.js';

/** Every question: numeric ones open an answer box, concept ones a flashcard. */
export function Questions() {
  const { backend, settings, bodyHeight, style } = useServices();
  const { push } = useNavigation();
  const state = useAsync('questions', () => backend.questions({}), [backend]);
  const list = useList('questions', state.status === 'ready' ? state.data : [], {
    pageSize: bodyHeight,
    searchText: (q) => `${q.id} ${q.prompt.zh} ${q.prompt.en} ${q.tags.join(' ')}`,
    onPick: (q) => push(q.kind === 'numeric' ? { screen: 'numeric', questionId: q.id } : { screen: 'card', questionId: q.id }),
  });
  useScreenKeys((input, key) => list.handleKey(input, key));
  return (
    <Screen
      title="Questions"
      keys={[
        ['↑↓/jk', 'move'],
        ['enter', 'open'],
        ['/', 'search'],
      ]}
    >
      {state.status === 'ready' ? (
        <ListView
          list={list}
          height={bodyHeight}
          row={(q) => (
            <Text wrap="truncate-end">
              <Text color={q.kind === 'numeric' ? 'yellow' : 'magenta'}>{q.kind.padEnd(8)}</Text>
              {q.id.padEnd(32)} <Text dimColor>{markdownForTerminal(q.prompt[settings.locale], style).split('\n')[0]}</Text>
            </Text>
          )}
        />
      ) : (
        <Pending state={state} />
      )}
    </Screen>
  );
}

/** Characters a typed number may have: `65536`, `65,536`, `-1.5e-3`. */
const NUMBER_CHAR = /^[0-9eE+\-.,_]$/;

/** A numeric question: type a number, enter grades it and shows the worked explanation. */
export function NumericQuestion(props: { readonly questionId: string }) {
  const { backend, settings, style, bodyHeight } = useServices();
  const state = useAsync('question', () => backend.question(props.questionId), [backend, props.questionId]);
  const [value, setValue, currentValue] = useScreenState('numeric.value', '');
  const [grade, setGrade] = useState<NumericGrade>();
  const [error, setError] = useState<string>();
  const { busy, isBusy, run } = useBusy();
  const scroll = useScroll('numeric', bodyHeight);

  const check = () =>
    run(async () => {
      const text = currentValue();
      const number = Number(text.replace(/[,_]/g, ''));
      if (text.trim() === '' || !Number.isFinite(number)) {
        setError('type a number, such as 65536 or 1e-3');
        return;
      }
      try {
        setError(undefined);
        setGrade(await backend.answer(props.questionId, number));
      } catch (failure) {
        setError(describeFailure(failure));
      }
    });

  useScreenKeys((input, key) => {
    if (isBusy() || state.status !== 'ready') return false;
    if (grade) {
      if (input !== 'a') return scroll.handleKey(input, key);
      setGrade(undefined);
      setValue('');
    } else if (key.return) void check();
    else if (key.backspace || key.delete) setValue((v) => v.slice(0, -1));
    else if ([...input].every((c) => NUMBER_CHAR.test(c)) && input !== '') setValue((v) => v + input);
    else return false;
    return true;
  });

  const question = state.status === 'ready' ? state.data : undefined;
  return (
    <Screen
      title={`Question · ${props.questionId}`}
      keys={
        grade
          ? [
              ['a', 'answer again'],
              ['↑↓/jk', 'scroll'],
            ]
          : [
              ['0-9', 'type'],
              ['enter', 'check the answer'],
            ]
      }
      status={error}
      busy={busy}
    >
      {question ? (
        <ScrollView height={bodyHeight} offset={scroll.offset} contentRef={scroll.ref}>
          <Text bold>{markdownForTerminal(question.prompt[settings.locale], style)}</Text>
          <Text> </Text>
          {grade ? (
            <Text>{formatGrade(grade, settings.locale, style)}</Text>
          ) : (
            <Text>
              Your answer{question.kind === 'numeric' ? ` (${question.unit[settings.locale]})` : ''}: <Text color="cyan">{value}▌</Text>
            </Text>
          )}
        </ScrollView>
      ) : (
        <Pending state={state as Exclude<typeof state, { status: 'ready' }>} />
      )}
    </Screen>
  );
}
