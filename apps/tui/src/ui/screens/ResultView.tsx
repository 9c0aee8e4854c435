import { type TestResult, verdictLabels } from '@mianjing/core';
import { Box, Text } from 'ink';
import type { PublicSubmission } from '@mianjing/core';
import { failingTest, formatComparison, ms, shownTests, statusLabel } from '../../format/result.js';
import { ListView } from '../components/ListView.js';
import { Screen } from '../components/Screen.js';
import { useServices } from '../context.js';
import { useList } from '../hooks/use-list.js';
import { useScreenKeys } from '../hooks/use-screen-keys.js';

const statusColour = (status: TestResult['status']) => (status === 'Accepted' ? 'green' : status === 'Skipped' ? 'gray' : 'red');

/** A judged submission: verdict, a row per test, and the selected test's input, expected and actual output with the difference marked. */
export function ResultView(props: { readonly submission: PublicSubmission }) {
  const { settings, style, bodyHeight } = useServices();
  const locale = settings.locale;
  const { submission } = props;
  const result = submission.result;
  const rows = result ? shownTests(result.tests) : [];
  const failed = result ? failingTest(result.tests) : undefined;
  const rowsHeight = Math.min(rows.length + 1, Math.max(3, Math.floor(bodyHeight / 3)));
  const list = useList('result', rows, {
    pageSize: rowsHeight,
    searchText: (t) => `${t.index + 1} ${t.group} ${t.status}`,
    onPick: () => undefined,
    initialCursor: failed ? Math.max(0, rows.indexOf(failed)) : 0,
  });
  useScreenKeys((input, key) => list.handleKey(input, key));
  if (!result) {
    return (
      <Screen title={`${submission.problemId} · ${submission.status}`} keys={[]}>
        <Text>Not judged yet.</Text>
      </Screen>
    );
  }
  const accepted = result.verdict === 'Accepted';
  const test = list.selected;
  const rest = result.tests.length - rows.length;
  return (
    <Screen
      title={`${submission.problemId} · ${submission.mode === 'run' ? 'run on the examples' : 'submission'} · ${submission.language}`}
      keys={[['↑↓/jk', 'choose a test']]}
      status={`max ${ms(result.maxTimeMs)} · total ${ms(result.totalTimeMs)} · peak heap ${result.peakHeapMb.toFixed(1)} MB`}
    >
      <Text>
        <Text bold color={accepted ? 'green' : 'red'}>
          {verdictLabels[result.verdict][locale]}
        </Text>{' '}
        · {result.passed}/{result.total} tests passed
      </Text>
      {result.compileError ? (
        <Text color="red">
          line {result.compileError.line}, column {result.compileError.column}: {result.compileError.message}
        </Text>
      ) : null}
      {result.runtimeError ? (
        <Text color="red">
          {result.runtimeError.name}: {result.runtimeError.message}
          {result.runtimeError.line ? ` (line ${result.runtimeError.line})` : ''}
        </Text>
      ) : null}
      {result.internalMessage ? <Text color="red">{result.internalMessage}</Text> : null}
      <Text> </Text>
      <ListView
        list={list}
        height={rowsHeight}
        empty="no test ran"
        row={(t) => (
          <Text>
            #{String(t.index + 1).padEnd(4)} {t.group.padEnd(10)}{' '}
            <Text color={statusColour(t.status)}>{statusLabel(t.status, locale).padEnd(22)}</Text> <Text dimColor>{ms(t.timeMs)}</Text>
          </Text>
        )}
      />
      {rest > 0 ? <Text dimColor> and {rest} hidden and generated tests that passed or were skipped</Text> : null}
      {test ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>
            Test #{test.index + 1} ({test.group}): <Text color={statusColour(test.status)}>{statusLabel(test.status, locale)}</Text>
          </Text>
          {test.input ? <Text>{`input     ${test.input.json}`}</Text> : null}
          {formatComparison(test, style).map((line, i) => (
            <Text key={i}>{line}</Text>
          ))}
          {test.message ? <Text color="red">{test.message}</Text> : null}
          {test.stdout ? (
            <>
              <Text dimColor>console output:</Text>
              <Text>{test.stdout.trimEnd()}</Text>
            </>
          ) : null}
          {result.runtimeError?.stack && test === failingTest(result.tests) ? <Text dimColor>{result.runtimeError.stack}</Text> : null}
        </Box>
      ) : null}
    </Screen>
  );
}
