import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { JudgeMode } from '@mianjing/core';
import { Text } from 'ink';
import { useState } from 'react';
import { describeFailure } from '../../errors.js';
import { formatProblem } from '../../format/problems.js';
import { findSolution, solutionPath, writeStarter } from '../../workspace.js';
import { Pending, Screen } from '../components/Screen.js';
import { ScrollView } from '../components/ScrollView.js';
import { useServices } from '../context.js';
import { useAsync } from '../hooks/use-async.js';
import { useBusy } from '../hooks/use-busy.js';
import { useScreenKeys } from '../hooks/use-screen-keys.js';
import { useScroll } from '../hooks/use-scroll.js';
import { useNavigation, useScreenState } from '../navigation.js';

/**
 * A problem: the statement for the terminal, examples and limits. `e` writes
 * the starter file (never over existing work) and opens the editor; `r` runs
 * the examples and `s` submits, with a spinner while the judge works.
 */
export function ProblemView(props: { readonly id: string }) {
  const { backend, settings, style, bodyHeight, edit } = useServices();
  const { push } = useNavigation();
  const state = useAsync('problem', async () => ({ problem: await backend.problem(props.id), companies: await backend.companies() }), [
    backend,
    props.id,
  ]);
  const [language, setLanguage] = useScreenState('problem.language', settings.language);
  const [status, setStatus] = useState<string>();
  const { busy, isBusy, run } = useBusy();
  const scroll = useScroll('problem', bodyHeight);
  const solution = findSolution(settings.workspace, props.id, language);
  const shortPath = (path: string) => relative(settings.cwd, path) || path;

  const judge = (mode: JudgeMode) =>
    run(async () => {
      if (!solution) {
        setStatus(`No solution yet: e writes ${shortPath(solutionPath(settings.workspace, props.id, language))} and opens your editor`);
        return;
      }
      const code = readFileSync(solution.path, 'utf8');
      if (code.trim() === '') {
        setStatus(`${shortPath(solution.path)} is empty`);
        return;
      }
      setStatus(`${mode === 'run' ? 'Running the examples' : 'Judging on every test'}: ${shortPath(solution.path)}`);
      try {
        const submission = await backend.judge({ problemId: props.id, language: solution.language, code, mode });
        setStatus(undefined);
        push({ screen: 'result', submission });
      } catch (error) {
        setStatus(describeFailure(error));
      }
    });

  useScreenKeys((input, key) => {
    if (isBusy()) return true;
    if (state.status !== 'ready') return false;
    if (input === 'e') {
      const written = writeStarter(settings.workspace, state.data.problem, language);
      const opened = edit(written.path);
      setStatus(
        opened.ok
          ? `${written.created ? 'Wrote' : 'Edited'} ${shortPath(written.path)}: r runs the examples, s submits`
          : `${opened.message}; your file is ${shortPath(written.path)}`,
      );
    } else if (input === 'r') void judge('run');
    else if (input === 's') void judge('submit');
    else if (input === 'l') setLanguage(language === 'typescript' ? 'javascript' : 'typescript');
    else return scroll.handleKey(input, key);
    return true;
  });

  const fileStatus = solution
    ? `Solution: ${shortPath(solution.path)} (${solution.language})`
    : `No solution yet: e writes ${shortPath(solutionPath(settings.workspace, props.id, language))}`;
  return (
    <Screen
      title={state.status === 'ready' ? `${state.data.problem.id} · ${state.data.problem.title[settings.locale]}` : props.id}
      keys={[
        ['e', 'edit'],
        ['r', 'run examples'],
        ['s', 'submit'],
        ['l', `language: ${language}`],
        ['↑↓/jk space', 'scroll'],
      ]}
      status={status ?? fileStatus}
      busy={busy}
    >
      {state.status === 'ready' ? (
        <ScrollView height={bodyHeight} offset={scroll.offset} contentRef={scroll.ref}>
          <Text>{formatProblem(state.data.problem, state.data.companies, settings.locale, style)}</Text>
        </ScrollView>
      ) : (
        <Pending state={state} />
      )}
    </Screen>
  );
}
