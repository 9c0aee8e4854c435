import { Language, User } from '@mianjing/core';
import { expectPositionals } from '../args.js';
import { signUp } from '../backend/server.js';
import { UsageError } from '../errors.js';
import { columns } from '../format/style.js';
import { type ConfigKey, configKeys, configPath, parseConfigValue, readConfig, serverOrigin, writeConfig } from '../settings.js';
import type { Command } from './command.js';

const isKey = (key: string | undefined): key is ConfigKey => configKeys.includes(key as ConfigKey);
const keyError = (key: string | undefined) => new UsageError(`unknown key "${key ?? ''}": use ${configKeys.join(', ')}`);

export const config: Command = {
  name: 'config',
  summary: 'show or change the settings in config.json',
  usage: 'mj config [set <key> <value> | unset <key>]',
  description: `Settings live in $MIANJING_HOME/config.json (~/.mianjing by default). Keys: server (URL of a Mianjing server; unset = offline), token, workspace (folder for solution files, default ./mianjing), language (${Language.options.join('|')}), lang (zh|en). Flags and MIANJING_SERVER / MIANJING_TOKEN override the file.`,
  flags: [],
  examples: ['mj config', 'mj config set server http://127.0.0.1:8787', 'mj config set lang zh', 'mj config unset server'],
  options: {},
  async run(context, _values, positionals) {
    const [action, key, value] = expectPositionals('config', positionals, [], ['action', 'key', 'value']);
    const { home } = context.settings;
    const current = readConfig(home);
    if (action === 'set') {
      if (!isKey(key)) throw keyError(key);
      if (value === undefined) throw new UsageError(`missing <value> for ${key} (see mj config --help)`);
      const checked = parseConfigValue(key, key === 'server' ? serverOrigin(value) : value);
      writeConfig(home, { ...current, ...checked });
    } else if (action === 'unset') {
      if (!isKey(key)) throw keyError(key);
      const { [key]: _removed, ...rest } = current;
      writeConfig(home, rest);
    } else if (action !== undefined) {
      throw new UsageError(`unknown action "${action}": use set or unset (see mj config --help)`);
    }
    const shown = readConfig(home);
    const rows = configKeys
      .filter((k) => shown[k] !== undefined)
      .map((k) => [k, k === 'token' ? `${String(shown.token).slice(0, 6)}…` : String(shown[k])]);
    context.out([`# ${configPath(home)}`, ...(rows.length > 0 ? columns(rows, ' = ') : ['(empty: offline, defaults)'])].join('\n'));
    return 0;
  },
};

export const signup: Command = {
  name: 'signup',
  summary: 'create an account on a server and save its token',
  usage: 'mj signup <name> --server URL',
  description:
    'Creates an account on a Mianjing server (POST /api/v1/users) and saves the server and the token in config.json, so every command then uses that server.',
  flags: [['--server URL', 'the server (or the `server` already in config.json)']],
  examples: ['mj signup Lin --server http://127.0.0.1:8787'],
  options: {},
  async run(context, _values, positionals) {
    const [name = ''] = expectPositionals('signup', positionals, ['name']);
    const checkedName = User.shape.name.safeParse(name);
    if (!checkedName.success) throw new UsageError('the name must be 1 to 80 characters');
    const server = context.settings.server;
    if (!server) throw new UsageError('signup needs a server: pass --server URL');
    const account = await signUp(server.origin, checkedName.data);
    const { home } = context.settings;
    writeConfig(home, { ...readConfig(home), server: server.origin, token: account.token });
    context.out(`Signed up as ${account.name} on ${server.origin}; the token is saved in ${configPath(home)}`);
    return 0;
  },
};
