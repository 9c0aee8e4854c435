import { Box, Text } from 'ink';
import { ListView } from '../components/ListView.js';
import { Screen } from '../components/Screen.js';
import { useServices } from '../context.js';
import { useAsync } from '../hooks/use-async.js';
import { useList } from '../hooks/use-list.js';
import { useScreenKeys } from '../hooks/use-screen-keys.js';
import { type Route, useNavigation } from '../navigation.js';

/** The first screen: where to go. */
export function Menu() {
  const { backend, settings, bodyHeight } = useServices();
  const { push } = useNavigation();
  const due = useAsync('due-count', async () => (backend.signedIn ? (await backend.dueReviews()).length : undefined), [backend]);
  const dueText = due.status === 'ready' && due.data !== undefined ? `${due.data} due now` : 'FSRS reviews of the concept questions';
  const entries: readonly { label: string; hint: string; route: Route }[] = [
    { label: 'Interview timeline', hint: 'companies → rounds → what was asked, in order', route: { screen: 'companies' } },
    { label: 'Problems', hint: 'every judged problem, with filters and your status', route: { screen: 'problems' } },
    { label: 'Flashcards', hint: dueText, route: { screen: 'review' } },
    { label: 'Questions', hint: 'numeric questions and flashcards one by one', route: { screen: 'questions' } },
    { label: 'Progress', hint: 'solved, acceptance, reviews, streak', route: { screen: 'progress' } },
  ];
  const list = useList('menu', entries, { pageSize: bodyHeight, searchText: (e) => e.label, onPick: (e) => push(e.route) });
  useScreenKeys((input, key) => list.handleKey(input, key));
  const where = settings.server ? `server ${settings.server.origin}` : `offline · ${settings.home}`;
  return (
    <Screen
      title={`Mianjing 面经 — ${where}`}
      keys={[
        ['↑↓/jk', 'move'],
        ['enter', 'open'],
        ['/', 'search'],
      ]}
    >
      <ListView
        list={list}
        height={bodyHeight}
        row={(entry, selected) => (
          <Box>
            <Box width={22} flexShrink={0}>
              <Text bold={selected}>{entry.label}</Text>
            </Box>
            <Text dimColor>{entry.hint}</Text>
          </Box>
        )}
      />
    </Screen>
  );
}
