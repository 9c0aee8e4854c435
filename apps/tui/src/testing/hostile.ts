/** Payloads that would act on a terminal if printed as they are. */
export const hostilePayloads = {
  osc: 'title\u001b]0;pwned\u0007',
  clear: '\u001b[2J\u001b[H',
  csi8bit: 'x\u009b31mred',
  osc8bit: '\u009d0;pwned\u009c',
  hyperlink: '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
  overwrite: 'rm -rf ~\rsafe command',
  backspace: 'good\b\b\b\bevil',
  bidi: 'access\u202e\u2066level\u2069',
  del: 'a\u007fb',
  nul: 'a\u0000b',
} as const;

/** Every payload in one text, one per line, for a write-up's notes. */
export const allPayloads = Object.values(hostilePayloads).join('\n');

/**
 * Output that reached the terminal with a control character other than
 * newline and tab, after taking out mj's own colours (SGR `ESC [ n m`).
 */
export const unsafeInOutput = (output: string) =>
  output.replace(/\u001b\[\d+(;\d+)*m/g, '').match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g) ?? [];
