import { createInterface } from 'node:readline';

/**
 * Reads a secret from standard input: the first line of what is piped in, or, at a terminal, a
 * line typed without echo. Never from the command line, where other users and shell history see it.
 */
export async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let data = '';
    for await (const chunk of stdin) data += String(chunk);
    const line = data.split(/\r?\n/)[0] ?? '';
    if (!line) throw new Error('no password on standard input');
    return line;
  }
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  const rl = createInterface({ input: stdin, terminal: false });
  return new Promise((resolve) => {
    let value = '';
    const onData = (buf: Buffer) => {
      const ch = buf.toString('utf8');
      if (ch === '\r' || ch === '\n') {
        stdin.setRawMode(false);
        stdin.off('data', onData);
        rl.close();
        process.stdout.write('\n');
        resolve(value);
      } else if (ch === '\u0003') {
        process.exit(130);
      } else if (ch === '\u007f') {
        value = value.slice(0, -1);
      } else {
        value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
