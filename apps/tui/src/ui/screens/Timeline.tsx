import type { Company, RoundView } from '@mianjing/core';
import { Box, Text } from 'ink';
import { itemLine, plural, roundDate } from '../../format/practice.js';
import { markdownForTerminal } from '../../format/problems.js';
import { ListView } from '../components/ListView.js';
import { Pending, Screen } from '../components/Screen.js';
import { useServices } from '../context.js';
import { useAsync } from '../hooks/use-async.js';
import { useList } from '../hooks/use-list.js';
import { useScreenKeys } from '../hooks/use-screen-keys.js';
import { useNavigation } from '../navigation.js';

const LIST_KEYS = [
  ['↑↓/jk', 'move'],
  ['enter', 'open'],
  ['/', 'search'],
] as const;

/** Companies in the order of their first round, each with its rounds. */
export function Companies() {
  const { backend, settings, bodyHeight } = useServices();
  const { push } = useNavigation();
  const state = useAsync('companies', async () => {
    const [rounds, companies] = await Promise.all([backend.interviews(), backend.companies()]);
    const order = [...new Set(rounds.map((r) => r.company))];
    return order.map((id) => ({
      company: companies.find((c) => c.id === id) ?? ({ id, name: { zh: id, en: id } } satisfies Company),
      rounds: rounds.filter((r) => r.company === id),
    }));
  }, [backend]);
  const entries = state.status === 'ready' ? state.data : [];
  const locale = settings.locale;
  const list = useList('companies', entries, {
    pageSize: bodyHeight,
    searchText: (e) => `${e.company.id} ${e.company.name.zh} ${e.company.name.en}`,
    onPick: (e) => push({ screen: 'rounds', company: e.company, rounds: e.rounds }),
  });
  useScreenKeys((input, key) => list.handleKey(input, key));
  return (
    <Screen title="Interview timeline" keys={LIST_KEYS}>
      {state.status === 'ready' ? (
        <ListView
          list={list}
          height={bodyHeight}
          row={(e) => (
            <Box>
              <Box width={24} flexShrink={0}>
                <Text>{e.company.name[locale]}</Text>
              </Box>
              <Text dimColor wrap="truncate-end">
                {plural(e.rounds.length, 'round')} · {roundDate(e.rounds[0] as RoundView)} → {roundDate(e.rounds.at(-1) as RoundView)} ·{' '}
                {[...new Set(e.rounds.map((r) => r.track[locale]))].join(', ')}
              </Text>
            </Box>
          )}
        />
      ) : (
        <Pending state={state} />
      )}
    </Screen>
  );
}

/** One company's rounds in date order. */
export function Rounds(props: { readonly company: Company; readonly rounds: readonly RoundView[] }) {
  const { settings, bodyHeight } = useServices();
  const { push } = useNavigation();
  const locale = settings.locale;
  const list = useList('rounds', props.rounds, {
    pageSize: bodyHeight,
    searchText: (r) => `${r.id} ${r.label} ${r.track.zh} ${r.track.en}`,
    onPick: (round) => push({ screen: 'round', round, companyName: props.company.name[locale] }),
  });
  useScreenKeys((input, key) => list.handleKey(input, key));
  return (
    <Screen title={`Interview timeline › ${props.company.name[locale]}`} keys={LIST_KEYS}>
      <ListView
        list={list}
        height={bodyHeight}
        row={(r) => (
          <Text>
            {roundDate(r)} {r.label.padEnd(8)} {r.track[locale]}{' '}
            <Text dimColor>
              · {r.outcome} · {r.items.length} items
            </Text>
          </Text>
        )}
      />
    </Screen>
  );
}

const TYPE_COLOURS = { problem: 'green', numeric: 'yellow', concept: 'magenta', talk: 'gray' } as const;

/** A round: its summary, then what was asked in order; problems and questions open. */
export function Round(props: { readonly round: RoundView; readonly companyName: string }) {
  const { settings, bodyHeight, style } = useServices();
  const { push } = useNavigation();
  const { round } = props;
  const locale = settings.locale;
  const summaryLines = round.summary ? 3 : 0;
  const list = useList('round', round.items, {
    pageSize: bodyHeight - summaryLines - 1,
    searchText: (item) => itemLine(item, round, 'zh') + itemLine(item, round, 'en'),
    onPick: (item) => {
      if (item.type === 'problem') push({ screen: 'problem', id: item.id });
      else if (item.type === 'numeric') push({ screen: 'numeric', questionId: item.id });
      else if (item.type === 'concept') push({ screen: 'card', questionId: item.id });
    },
  });
  useScreenKeys((input, key) => list.handleKey(input, key));
  return (
    <Screen
      title={`Interview timeline › ${props.companyName} › ${roundDate(round)} ${round.label} (${round.outcome})`}
      keys={[
        ['↑↓/jk', 'move'],
        ['enter', 'open problem or question'],
        ['/', 'search'],
      ]}
    >
      {round.summary ? (
        <Box height={summaryLines} overflow="hidden">
          <Text dimColor>{markdownForTerminal(round.summary[locale], style)}</Text>
        </Box>
      ) : null}
      <Text> </Text>
      <ListView
        list={list}
        height={bodyHeight - summaryLines - 1}
        row={(item) => (
          <Text wrap="truncate-end">
            <Text color={TYPE_COLOURS[item.type]}>{item.type.padEnd(8)}</Text>
            {item.type === 'talk' ? itemLine(item, round, locale) : itemLine(item, round, locale).slice(item.type.length + 1)}
          </Text>
        )}
      />
    </Screen>
  );
}
