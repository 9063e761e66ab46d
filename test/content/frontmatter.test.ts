import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

// The reference: the file split into lines, the closing fence found among them, and the parts joined again.
// splitFrontmatter walks offsets instead (bodies can be long); both must agree on every file.
function byLines(source: string) {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { frontmatterLine: 1, body: text, bodyLine: 1, error: 'open' };
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) return { frontmatterLine: 2, body: '', bodyLine: lines.length + 1, error: 'close' };
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    frontmatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

const PIECES = ['---', '--- ', '---\r', '----', ' ---', 'id: ENC-01', 'title: "x"', '', 'Body text.', '\uFEFF---', '\r'];

/** Every file of up to four lines made of the pieces, with and without a final newline: about 32,000 files. */
function* files(): Generator<string> {
  const lines = (n: number): string[][] => (n === 0 ? [[]] : lines(n - 1).flatMap((rest) => PIECES.map((piece) => [piece, ...rest])));
  for (let n = 0; n <= 4; n++) for (const parts of lines(n)) for (const end of ['', '\n']) yield parts.join('\n') + end;
}

describe('splitFrontmatter', () => {
  it('agrees with splitting the file into lines on every small file', () => {
    let checked = 0;
    for (const file of files()) {
      const split = splitFrontmatter(file);
      const reference = byLines(file);
      const { error, ...rest } = reference;
      expect(
        { ...split, error: split.error ? (split.error.message.includes('start') ? 'open' : 'close') : undefined },
        JSON.stringify(file),
      ).toEqual({
        ...rest,
        error: error,
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(30_000);
  });

  it('keeps the line numbers of a long body', () => {
    const split = splitFrontmatter(`---\nid: A-01\n---\n${'line\n'.repeat(1000)}`);
    expect(split).toMatchObject({ frontmatter: 'id: A-01', bodyLine: 4 });
    expect(split.body.split('\n')).toHaveLength(1001);
  });
});
