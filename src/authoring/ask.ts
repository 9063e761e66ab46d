import { createInterface } from 'node:readline/promises';
import { UsageError } from './cli.ts';

/**
 * Fills in required values the command line left out: asks for each on an interactive terminal, and fails with
 * the list of missing options otherwise (CI and scripts must never hang on a prompt).
 */
export async function askMissing(
  values: Record<string, string | undefined>,
  required: readonly string[],
  describe: (name: string) => string,
  interactive = process.stdin.isTTY === true,
): Promise<Record<string, string | undefined>> {
  const missing = required.filter((name) => !values[name]?.trim());
  if (missing.length === 0) return values;
  if (!interactive)
    throw new UsageError(`missing ${missing.map((name) => `--${name}`).join(' and ')} (stdin is not a terminal, so nothing is asked)`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const out = { ...values };
    for (const name of missing) {
      let answer = '';
      while (!answer) answer = (await rl.question(`${describe(name)}: `)).trim();
      out[name] = answer;
    }
    return out;
  } finally {
    rl.close();
  }
}
