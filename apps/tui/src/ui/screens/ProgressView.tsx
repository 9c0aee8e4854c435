import { Text } from 'ink';
import { formatProgress } from '../../format/practice.js';
import { Pending, Screen } from '../components/Screen.js';
import { ScrollView } from '../components/ScrollView.js';
import { useServices } from '../context.js';
import { useAsync } from '../hooks/use-async.js';
import { useScreenKeys } from '../hooks/use-screen-keys.js';
import { useScroll } from '../hooks/use-scroll.js';

/** Progress as `mj progress` prints it, scrollable; `r` reloads. */
export function ProgressView() {
  const { backend, settings, style, bodyHeight } = useServices();
  const state = useAsync('progress', async () => ({ progress: await backend.progress(), companies: await backend.companies() }), [backend]);
  const scroll = useScroll('progress', bodyHeight);
  useScreenKeys((input, key) => {
    if (input === 'r') {
      state.reload();
      return true;
    }
    return scroll.handleKey(input, key);
  });
  return (
    <Screen
      title="Progress"
      keys={[
        ['↑↓/jk', 'scroll'],
        ['r', 'reload'],
      ]}
    >
      {state.status === 'ready' ? (
        <ScrollView height={bodyHeight} offset={scroll.offset} contentRef={scroll.ref}>
          <Text>{formatProgress(state.data.progress, state.data.companies, settings.locale, style)}</Text>
        </ScrollView>
      ) : (
        <Pending state={state} />
      )}
    </Screen>
  );
}
