import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Runs a command with its output read by nobody: the reading end is closed at once, as `| head -1` does after its
 * line. Resolves with the exit code and what the command wrote to stderr.
 */
function runWithClosedStdout(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output read by a pipe that closes early (`npm run validate -- --rules | head -1`)', () => {
  it.each([
    ['scripts/validate.ts', ['--rules']],
    ['scripts/verify.ts', ['--help']],
  ])('%s %s ends with its own exit code and no stack trace', async (script, args) => {
    const { code, stderr } = await runWithClosedStdout(script, args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
