import { Difficulty, ProblemKind, type ProblemSummary } from '@mianjing/core';
import { Box, Text } from 'ink';
import { type ProblemStatus, companyNames, statusOf } from '../../format/problems.js';
import { ListView } from '../components/ListView.js';
import { Pending, Screen } from '../components/Screen.js';
import { useServices } from '../context.js';
import { useAsync } from '../hooks/use-async.js';
import { useList } from '../hooks/use-list.js';
import { useScreenKeys } from '../hooks/use-screen-keys.js';
import { useNavigation, useScreenState } from '../navigation.js';

const STATUS_MARK: Record<ProblemStatus, { mark: string; color?: string }> = {
  solved: { mark: '✓', color: 'green' },
  attempted: { mark: '~', color: 'yellow' },
  new: { mark: '·' },
};
const STATUSES: readonly ProblemStatus[] = ['new', 'attempted', 'solved'];

interface Filters {
  readonly company?: string | undefined;
  readonly kind?: string | undefined;
  readonly difficulty?: string | undefined;
  readonly status?: ProblemStatus | undefined;
}

/** The next value in a cycle through `undefined` (all) and the options. */
const cycle = <T,>(options: readonly T[], current: T | undefined): T | undefined => {
  const i = current === undefined ? -1 : options.indexOf(current);
  return i + 1 >= options.length ? undefined : options[i + 1];
};

/** Every problem with its status; c/t/d/s cycle the filters, / searches. */
export function ProblemList() {
  const { backend, settings, bodyHeight } = useServices();
  const { push } = useNavigation();
  const locale = settings.locale;
  const state = useAsync(
    'problems',
    async () => ({
      problems: await backend.listProblems({}),
      companies: await backend.companies(),
      progress: backend.signedIn ? await backend.progress() : undefined,
    }),
    [backend],
  );
  const [filters, setFilters] = useScreenState<Filters>('problems.filters', {});
  const data = state.status === 'ready' ? state.data : undefined;
  const problems = data?.problems ?? [];
  const companyOptions = data ? data.companies.filter((c) => problems.some((p) => p.companies.includes(c.id))).map((c) => c.id) : [];
  const shown = problems.filter(
    (p: ProblemSummary) =>
      (!filters.company || p.companies.includes(filters.company)) &&
      (!filters.kind || p.kind === filters.kind) &&
      (!filters.difficulty || p.difficulty === filters.difficulty) &&
      (!filters.status || statusOf(data?.progress, p.id) === filters.status),
  );
  const listHeight = bodyHeight - 2;
  const list = useList('problems', shown, {
    pageSize: listHeight,
    searchText: (p) => `${p.id} ${p.title.zh} ${p.title.en} ${p.tags.join(' ')}`,
    onPick: (p) => push({ screen: 'problem', id: p.id }),
  });
  useScreenKeys((input, key) => {
    if (list.handleKey(input, key)) return true;
    const set = (change: (filters: Filters) => Filters) => setFilters((current) => ({ ...current, ...change(current) }));
    if (input === 'c') set((f) => ({ company: cycle(companyOptions, f.company) }));
    else if (input === 't') set((f) => ({ kind: cycle(ProblemKind.options, f.kind) }));
    else if (input === 'd') set((f) => ({ difficulty: cycle(Difficulty.options, f.difficulty) }));
    else if (input === 's' && backend.signedIn) set((f) => ({ status: cycle(STATUSES, f.status) }));
    else if (input === 'x') setFilters({});
    else if (input === 'r') state.reload();
    else return false;
    return true;
  });
  const idWidth = Math.max(8, ...problems.map((p) => p.id.length)) + 2;
  const filterText = [
    `c company: ${filters.company && data ? companyNames([filters.company], data.companies, locale) : 'all'}`,
    `t kind: ${filters.kind ?? 'all'}`,
    `d difficulty: ${filters.difficulty ?? 'all'}`,
    ...(backend.signedIn ? [`s status: ${filters.status ?? 'all'}`] : []),
  ].join('   ');
  return (
    <Screen
      title={`Problems (${shown.length} of ${problems.length})`}
      keys={[
        ['↑↓/jk', 'move'],
        ['enter', 'open'],
        ['/', 'search'],
        ['c/t/d/s', 'filter'],
        ['x', 'clear filters'],
        ['r', 'reload'],
      ]}
    >
      {data ? (
        <>
          <Text dimColor wrap="truncate-end">
            {filterText}
          </Text>
          <Text> </Text>
          <ListView
            list={list}
            height={listHeight}
            empty="no problems match these filters (x clears them)"
            row={(p, selected) => {
              const status = STATUS_MARK[statusOf(data.progress, p.id)];
              return (
                <Box>
                  <Box flexShrink={0}>
                    <Text {...(status.color ? { color: status.color } : {})}>{status.mark} </Text>
                  </Box>
                  <Box width={idWidth} flexShrink={0}>
                    <Text bold={selected}>{p.id}</Text>
                  </Box>
                  <Box width={8} flexShrink={0}>
                    <Text color={p.difficulty === 'easy' ? 'green' : p.difficulty === 'medium' ? 'yellow' : 'red'}>{p.difficulty}</Text>
                  </Box>
                  <Box width={10} flexShrink={0}>
                    <Text dimColor>{p.kind}</Text>
                  </Box>
                  <Text wrap="truncate-end">{p.title[locale]}</Text>
                </Box>
              );
            }}
          />
        </>
      ) : (
        <Pending state={state as Exclude<typeof state, { status: 'ready' }>} />
      )}
    </Screen>
  );
}
