import { createInterface } from 'node:readline';

/**
 * Secrets for the admin CLI come from stdin, never from arguments (which `ps` shows to every user):
 * piped (one per line, for scripts) or typed at a prompt that does not echo them.
 */
export function secretReader(): (prompt: string) => Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = readPipedLines();
    return async (prompt) => {
      const line = (await lines).shift();
      if (line === undefined) throw new Error(`stdin ended before: ${prompt}`);
      return line;
    };
  }
  return (prompt) => hiddenPrompt(prompt);
}

async function readPipedLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin })) lines.push(line);
  return lines;
}

function hiddenPrompt(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stdout.write(prompt);
    input.setRawMode(true);
    input.resume();
    let value = '';
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\u007f') value = value.slice(0, -1);
        else value += char;
      }
    };
    input.on('data', onData);
  });
}
