import { describe, expect, it } from 'vitest';
import { run as diff, usage as diffUsage } from '../../src/cli/diff.ts';
import { UsageError } from '../../src/cli/errors.ts';
import { run as exportAnswers, usage as exportUsage } from '../../src/cli/export.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { commandLine, oneOf } from '../../src/cli/options.ts';

// The option preamble every command shares: -h/--help prints the usage and ends the command, a stray `--` is
// ignored, and a wrong choice names the allowed ones. Its messages are the ones the commands always printed.

describe('commandLine', () => {
  const options = { format: { type: 'string', default: 'a' } } as const;

  it('prints the usage for -h or --help and gives nothing to run, whatever else is on the line', () => {
    for (const argv of [['--help'], ['-h'], ['--format', 'b', 'extra', '--help']]) {
      const io = memoryIo();
      expect(commandLine(argv, io, 'Usage: demo', options, true)).toBeUndefined();
      expect(io.out()).toBe('Usage: demo\n');
    }
  });

  it('parses the options otherwise, with help false and npm’s stray -- ignored', () => {
    const io = memoryIo();
    const parsed = commandLine(['--', '--format', 'b', 'one'], io, 'Usage: demo', options, true);
    expect(parsed).toEqual({ values: { format: 'b', help: false }, positionals: ['one'] });
    expect(io.out()).toBe('');
  });

  it('turns a parsing problem into a one-line usage error', () => {
    expect(() => commandLine(['--colour'], memoryIo(), 'Usage: demo', options)).toThrow(new UsageError("Unknown option '--colour'"));
    expect(() => commandLine(['stray'], memoryIo(), 'Usage: demo', options)).toThrow(
      new UsageError("Unexpected argument 'stray'. This command does not take positional arguments"),
    );
  });
});

describe('oneOf', () => {
  it('gives the value when it is a choice, and names every choice when it is not', () => {
    expect(oneOf('format', 'csv', ['xlsx', 'csv', 'json'])).toBe('csv');
    expect(() => oneOf('format', 'pdf', ['xlsx', 'csv', 'json'])).toThrow(new UsageError('--format must be xlsx, csv or json, got "pdf"'));
    expect(() => oneOf('visibility', 'internal', ['public', 'customer'], 'internal answers are never exported')).toThrow(
      new UsageError('--visibility must be public or customer, got "internal" (internal answers are never exported)'),
    );
    expect(() => oneOf('mode', 'b', ['a'])).toThrow(new UsageError('--mode must be a, got "b"'));
  });
});

describe('the commands that use it', () => {
  it('npm run export and npm run diff print their help and exit 0, and refuse an unknown format with exit 2', async () => {
    const cases = [
      {
        run: exportAnswers,
        usage: exportUsage,
        format: ['answers', '--format', 'pdf'],
        message: '--format must be xlsx, csv or json, got "pdf"',
      },
      { run: diff, usage: diffUsage, format: ['--format', 'html'], message: '--format must be markdown, json or notice, got "html"' },
    ];
    for (const { run, usage, format, message } of cases) {
      const help = memoryIo();
      expect(await run(['--help', '--format', 'nonsense'], help)).toBe(0);
      expect(help.out()).toBe(`${usage}\n`);
      const wrong = memoryIo();
      expect(await run(format, wrong)).toBe(2);
      expect(wrong.err()).toContain(message);
    }
  });
});
