import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildLockError, OutputFolderError } from '../../src/pipeline/errors.ts';
import { checkOutputFolder, createStaging, publish, removeStaging } from '../../src/pipeline/staging.ts';

let dir: string;
let outDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tc-staging-'));
  outDir = join(dir, 'dist');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A folder that looks like a previous build, holding `text` in index.html. */
function build(at: string, text: string): void {
  mkdirSync(join(at, 'documents'), { recursive: true });
  writeFileSync(join(at, 'documents', 'manifest.json'), '{}');
  writeFileSync(join(at, 'index.html'), text);
}

const held = { verify() {}, release() {} };

describe('checkOutputFolder', () => {
  const project = () => ({ root: join(dir, 'project'), contentDir: 'content' });

  it('accepts a new folder, an empty one and a previous build', () => {
    expect(() => checkOutputFolder(outDir, project())).not.toThrow();
    mkdirSync(outDir);
    expect(() => checkOutputFolder(outDir, project())).not.toThrow();
    build(outDir, 'old');
    expect(() => checkOutputFolder(outDir, project())).not.toThrow();
  });

  it.each([
    ['the project', 'project', /holds the project itself/],
    ['a parent of the project', '.', /holds the project itself/],
    ['the file-system root', '/', /holds the project itself/],
    ['the content folder', 'project/content', /overlaps the content folder/],
    ['a folder inside the content', 'project/content/measures', /overlaps the content folder/],
  ])('refuses %s', (_, out, message) => {
    expect(() => checkOutputFolder(join(dir, out), project())).toThrow(OutputFolderError);
    expect(() => checkOutputFolder(join(dir, out), project())).toThrow(message);
  });

  it('refuses a folder that cannot be made because a file stands where a parent folder would be', () => {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(() => checkOutputFolder(join(dir, 'notes.txt', 'site', 'dist'), project())).toThrow(
      `the output folder ${join(dir, 'notes.txt', 'site', 'dist')} cannot be made: ${join(dir, 'notes.txt')} is a file; choose another --out`,
    );
  });

  it('refuses a file and a folder of other things', () => {
    writeFileSync(outDir, 'x');
    expect(() => checkOutputFolder(outDir, project())).toThrow(/exists and is not a folder/);
    rmSync(outDir);
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'notes.txt'), 'mine');
    expect(() => checkOutputFolder(outDir, project())).toThrow(/holds files but no previous build \(no documents\/manifest.json\)/);
  });
});

describe('staging and publishing', () => {
  it('builds beside the output and replaces it in one step', () => {
    build(outDir, 'old');
    const { stage, repaired } = createStaging(outDir);
    expect(repaired).toEqual([]);
    expect(stage.dir.startsWith(join(dir, '.dist.building-'))).toBe(true);
    build(stage.site, 'new');
    publish(stage, outDir, held);
    removeStaging(stage);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('replaces nothing when the lock is no longer this build’s', () => {
    build(outDir, 'old');
    const { stage } = createStaging(outDir);
    build(stage.site, 'new');
    const lost = {
      verify() {
        throw new BuildLockError('another build took the lock');
      },
      release() {},
    };
    expect(() => publish(stage, outDir, lost)).toThrow(BuildLockError);
    removeStaging(stage);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });

  it('puts back an output that a build killed between the two renames had set aside, and clears what it left', () => {
    // The state a build leaves when killed after moving the output aside and before moving the new site in.
    build(join(dir, '.dist.previous-abc123'), 'old');
    build(join(dir, '.dist.building-abc123', 'site'), 'new, never published');
    writeFileSync(join(dir, '.dist.building-abc123', 'site-input.json'), '{}');
    const { stage, repaired } = createStaging(outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(repaired).toEqual([
      'put back dist, which an interrupted build had set aside',
      'removed .dist.building-abc123, the staging folder of an interrupted build',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['dist', stage.dir.slice(dir.length + 1)].sort());
  });

  it('deletes an output set aside by a build killed after publishing', () => {
    build(outDir, 'new');
    build(join(dir, '.dist.previous-abc123'), 'old, half deleted');
    const { stage } = createStaging(outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(dir, '.dist.previous-abc123'))).toBe(false);
    removeStaging(stage);
  });
});
