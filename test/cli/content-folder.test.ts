import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.ts';
import { run as validate } from '../../src/cli/validate.ts';
import { run as exportCommand } from '../../src/cli/export.ts';
import { run as build } from '../../src/cli/build.ts';
import { run as buildDocuments } from '../../src/cli/build-documents.ts';
import { FIXTURE_EPOCH } from '../helpers/fixture-content.ts';

// A mistyped --content (or CONTENT_DIR) names no content at all: the command cannot run, and says so in one line,
// rather than reporting the two required files of a folder that is not there as missing.
const dir = mkdtempSync(join(tmpdir(), 'tc-content-folder-'));
writeFileSync(join(dir, 'a-file'), 'not a folder\n');
const env = { SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH) };

describe('a content folder that is not there', () => {
  it.each([
    ['validate', validate, ['--content', 'contnet']],
    ['export', exportCommand, ['answers', '--format', 'json', '--content', 'contnet']],
  ] as const)('%s exits 2 with one line naming it', async (name, run, argv) => {
    const io = memoryIo({ cwd: dir, env });
    expect(await run([...argv], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err().split('\n')[0]).toBe(`${name}: the content folder contnet does not exist`);
  });

  it('names a file given as the content folder', async () => {
    const io = memoryIo({ cwd: dir, env });
    expect(await validate(['--content', 'a-file'], io)).toBe(2);
    expect(io.err().split('\n')[0]).toBe('validate: the content folder a-file is not a folder');
  });

  it('names CONTENT_DIR when that is where the folder came from', async () => {
    const io = memoryIo({ cwd: dir, env: { ...env, CONTENT_DIR: 'contnet' } });
    expect(await validate([], io)).toBe(2);
    expect(io.err().split('\n')[0]).toBe('validate: the content folder contnet (from CONTENT_DIR) does not exist');
  });
});

describe('an --archive folder that is not there', () => {
  // The build refuses it before doing anything: a typo would otherwise publish nothing from the archive, silently.
  it('is one line and exit 2 for build and build:documents', async () => {
    mkdirSync(join(dir, 'content'), { recursive: true });
    for (const [name, run] of [
      ['build', build],
      ['build:documents', buildDocuments],
    ] as const) {
      const io = memoryIo({ cwd: dir, env });
      expect(await run(['--archive', 'published-pdfs'], io)).toBe(2);
      expect(io.err().split('\n')[0]).toBe(`${name}: the --archive folder published-pdfs does not exist`);
      const file = memoryIo({ cwd: dir, env });
      expect(await run(['--archive', 'a-file'], file)).toBe(2);
      expect(file.err().split('\n')[0]).toBe(`${name}: the --archive folder a-file is not a folder`);
    }
  });
});
