import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/build-documents.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { FIXTURE_EPOCH, overlayContent } from '../helpers/fixture-content.ts';

const { root, cleanup } = overlayContent();
afterAll(cleanup);

describe('build:documents into a folder the file system refuses', () => {
  it('says so in one line with exit 2, no stack trace', async () => {
    writeFileSync(join(root, 'notes.txt'), 'a file, not a folder\n');
    const io = memoryIo({ cwd: root, env: { SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH) } });
    expect(await run(['--latest-only', '--out', 'notes.txt/documents'], io)).toBe(2);
    expect(io.err()).toBe(
      `build:documents: cannot write the documents: the file system refused to mkdir ${join(root, 'notes.txt/documents')} (ENOTDIR)\n`,
    );
  });
});
