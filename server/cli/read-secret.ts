// Reads a password from standard input for the shell commands: on a terminal the keys are read
// raw and nothing is echoed (the password stays off the screen, as it stays out of shell
// history); piped input is read as one line, so scripts and tests can feed it.
import { createInterface } from 'node:readline/promises';

function readHidden(): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve) => {
    let typed = '';
    const done = (value: string | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (value === null) process.exit(130);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(typed);
        if (ch === '\u0003') return done(null);
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

export async function readSecret(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  if (process.stdin.isTTY) return readHidden();
  const rl = createInterface({ input: process.stdin, terminal: false });
  try {
    return await rl.question('');
  } finally {
    rl.close();
  }
}
