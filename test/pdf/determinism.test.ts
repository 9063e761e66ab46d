import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/pdf/render.ts';
import { annexII, fixtureNames } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'pdf-determinism-'));

/** Renders the fixtures in a fresh Node process (no shared caches, its own clock and font parse). */
function renderInChild(out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['test/pdf/render-fixture.ts', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`render-fixture exited ${code}: ${stderr}`))));
  });
}

describe('determinism', () => {
  it('renders every fixture to the same bytes in two separate processes', async () => {
    const [a, b] = [join(dir, 'a'), join(dir, 'b')];
    await Promise.all([renderInChild(a), renderInChild(b)]);
    for (const name of fixtureNames) {
      const [first, second] = [readFileSync(join(a, `${name}.pdf`)), readFileSync(join(b, `${name}.pdf`))];
      expect(first.length, name).toBeGreaterThan(10_000);
      expect(first.equals(second), name).toBe(true);
    }
  });

  it('depends on the build date, never the clock: another date gives other bytes, the same date the same', async () => {
    const one = (await renderDocument(annexII(), { buildDate: buildDateFromEpoch(Date.parse('2025-03-01T12:00:00Z') / 1000) })).bytes;
    const same = (await renderDocument(annexII(), { buildDate: buildDateFromEpoch(Date.parse('2025-03-01T12:00:00Z') / 1000) })).bytes;
    const other = (await renderDocument(annexII(), { buildDate: buildDateFromEpoch(Date.parse('2025-04-01T12:00:00Z') / 1000) })).bytes;
    expect(Buffer.from(one).equals(Buffer.from(same))).toBe(true);
    expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
  });
});
