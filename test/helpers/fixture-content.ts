import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildDateFromEpoch } from '../../src/content/build-date.ts';

/** The build date every fixture is checked on: 2026-11-27. */
export const FIXTURE_EPOCH = 1795737600;
export const fixtureBuildDate = buildDateFromEpoch(FIXTURE_EPOCH);

export const MINIMAL_CONTENT = new URL('../fixtures/minimal/content/', import.meta.url).pathname;

/**
 * The seed content: the default content as it was first written from test/fixtures/seed/tom-annex-ii.txt, a
 * realistic company (39 measures, six frameworks, signed annexes). Tests that need a whole, real-sized content set
 * use it; the project's own content/ is never read by a test, so changing it cannot break one.
 */
export const SEED_CONTENT = new URL('../fixtures/seed/content/', import.meta.url).pathname;

/**
 * Materialises the minimal content with a case's files laid over it (and files named in remove.txt deleted) in a
 * temporary project root. Returns the root; content is at <root>/content. A case with a `base/` folder describes a
 * change: `base/` is laid over the minimal content first (the content as it was at the base ref), then `content/`.
 *
 * Bytes that do not belong in a text fixture are made at run time, so fixtures stay readable and portable: a file
 * `<name>.bytes` becomes `<name>` with each `\xHH` written as that byte (invalid UTF-8, NUL, invisible characters),
 * and each `path -> target` line of symlinks.txt becomes a symbolic link in the content folder.
 */
export function overlayContent(caseDir?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tc-fixture-'));
  cpSync(MINIMAL_CONTENT, join(root, 'content'), { recursive: true });
  if (caseDir) {
    for (const layer of ['base', 'content']) {
      if (existsSync(join(caseDir, layer))) cpSync(join(caseDir, layer), join(root, 'content'), { recursive: true });
    }
    const remove = join(caseDir, 'remove.txt');
    if (existsSync(remove)) {
      for (const file of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(root, 'content', file));
    }
    writeBytesFiles(join(root, 'content'));
    const links = join(caseDir, 'symlinks.txt');
    if (existsSync(links)) {
      for (const line of readFileSync(links, 'utf8').split('\n').filter(Boolean)) {
        const [path, target] = line.split(' -> ') as [string, string];
        const at = join(root, 'content', path);
        rmSync(at, { force: true });
        mkdirSync(dirname(at), { recursive: true });
        symlinkSync(target, at);
      }
    }
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Replaces every `<name>.bytes` below `dir` by `<name>` holding the bytes it spells (see overlayContent). */
function writeBytesFiles(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.bytes')) continue;
    const from = join(entry.parentPath, entry.name);
    const spelled = readFileSync(from, 'utf8');
    const bytes: number[] = [];
    for (let i = 0; i < spelled.length;) {
      const escape = /^\\x([0-9a-fA-F]{2})/.exec(spelled.slice(i, i + 4));
      if (escape) {
        bytes.push(parseInt(escape[1]!, 16));
        i += 4;
      } else {
        const code = spelled.codePointAt(i)!;
        bytes.push(...Buffer.from(String.fromCodePoint(code), 'utf8'));
        i += code > 0xffff ? 2 : 1;
      }
    }
    writeFileSync(from.slice(0, -'.bytes'.length), Buffer.from(bytes));
    rmSync(from);
  }
}

/** The base side of a change case (minimal content with `base/` laid over it), or undefined for other cases. */
export function overlayBase(caseDir: string): { root: string; cleanup: () => void } | undefined {
  if (!existsSync(join(caseDir, 'base'))) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'tc-fixture-base-'));
  cpSync(MINIMAL_CONTENT, join(root, 'content'), { recursive: true });
  cpSync(join(caseDir, 'base'), join(root, 'content'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
