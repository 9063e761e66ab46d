import { describe, expect, it } from 'vitest';
import { escapeMarkdown, wordDiffMarkdown } from '../../src/diff/markdown-text.ts';
import { tokenize, wordDiff, type WordPart } from '../../src/documents/word-diff.ts';

const side = (parts: WordPart[], keep: WordPart['type']) =>
  parts
    .filter((part) => part.type === 'same' || part.type === keep)
    .map((part) => part.text)
    .join('');

describe('wordDiff', () => {
  it('keeps words with hyphens, versions and apostrophes whole', () => {
    expect(tokenize('AES-256, TLS 1.2 and the customer’s data.')).toEqual([
      'AES-256',
      ',',
      ' ',
      'TLS',
      ' ',
      '1.2',
      ' ',
      'and',
      ' ',
      'the',
      ' ',
      'customer’s',
      ' ',
      'data',
      '.',
    ]);
  });

  it('merges changes separated only by spaces into one replacement', () => {
    expect(wordDiff('kept for 30 days in one region', 'kept for 90 days in two regions')).toEqual([
      { type: 'same', text: 'kept for ' },
      { type: 'removed', text: '30' },
      { type: 'added', text: '90' },
      { type: 'same', text: ' days in ' },
      { type: 'removed', text: 'one region' },
      { type: 'added', text: 'two regions' },
    ]);
  });

  it.each([
    ['Customer data is encrypted.', 'Customer data is encrypted at rest and in transit.'],
    ['First paragraph.\n\nSecond paragraph.', 'First paragraph, longer.\n\nA new one.\n\nSecond paragraph.'],
    ['a b c d e', 'e d c b a'],
    ['', 'Everything is new.'],
    ['Everything goes.', ''],
  ])('adds up to both texts: %j -> %j', (before, after) => {
    const parts = wordDiff(before, after);
    expect(side(parts, 'removed')).toBe(before);
    expect(side(parts, 'added')).toBe(after);
  });
});

describe('Markdown', () => {
  it('strikes out deletions and bolds insertions, one paragraph at a time', () => {
    const parts = wordDiff(
      'Backups run daily.\n\nThey are kept for 30 days.',
      'Backups run hourly.\n\nThey are kept for 30 days in a second region.',
    );
    expect(wordDiffMarkdown(parts)).toEqual(['Backups run ~~daily~~ **hourly**.', 'They are kept for 30 days **in a second region**.']);
  });

  it('escapes what content could use to inject markup', () => {
    expect(escapeMarkdown('a *b* <script>x</script> | c ~~d~~ [e](f) &amp;')).toBe(
      'a \\*b\\* \\<script\\>x\\</script\\> \\| c \\~\\~d\\~\\~ \\[e\\](f) &amp;amp;',
    );
    expect(escapeMarkdown('# not a heading\n1. not a list\n- nor this')).toBe('\\# not a heading\n1\\. not a list\n\\- nor this');
  });
});
