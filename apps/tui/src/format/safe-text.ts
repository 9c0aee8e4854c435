/**
 * Characters a terminal may act on rather than show: C0 controls but tab and
 * newline (ESC starts CSI/OSC sequences, BEL ends OSC, BS and CR overwrite
 * what was printed), DEL, the C1 controls (`\x9b` is a one-byte CSI, `\x9d`
 * OSC), and the bidirectional overrides and isolates, which reorder what is
 * shown ("Trojan Source").
 */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The visible stand-in for an unsafe character: its Unicode control picture (`␛`, `␇`, `␍`), else `�`. */
const standIn = (c: string) => {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '␡';
  return '�';
};

/**
 * Text someone else wrote (a write-up, a name, a server's message), made safe
 * to print: every character that could move the cursor, change the title,
 * clear the screen or reorder text is shown as a visible stand-in instead, so
 * nothing reaches the terminal as a command and nothing is silently hidden.
 * Line breaks (`\r\n`, `\r`) become `\n`; with `singleLine`, line breaks and
 * tabs become spaces.
 *
 * @example safeText('hi\x1b]0;pwned\x07') // 'hi␛]0;pwned␇'
 * @example safeText('a\r\nb', { singleLine: true }) // 'a b'
 */
export function safeText(text: string, options: { singleLine?: boolean } = {}): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(unsafe, standIn);
  return options.singleLine ? lines.replace(/[\n\t]+/g, ' ') : lines;
}

/** Whether text holds anything `safeText` would replace (tests, and output checks). */
export const hasUnsafeCharacters = (text: string) => text.search(unsafe) >= 0;

/**
 * JSON text with the characters JSON leaves raw but a terminal acts on (DEL,
 * C1, bidi overrides) written as `\uXXXX`, the same JSON; `JSON.stringify`
 * already escapes C0.
 */
export const safeJson = (json: string) => json.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
