import { describe, expect, it } from 'vitest';
import { unicodeBoundaries } from '../../src/schema/regex.ts';
import { sentenceAround } from '../../src/rules/specificity.ts';

describe('unicodeBoundaries', () => {
  const match = (pattern: string, text: string) => new RegExp(unicodeBoundaries(pattern), 'iu').test(text);

  it("treats umlauts and ß as letters, where JavaScript's \\b does not", () => {
    expect(/\bübliche\b/iu.test('die übliche Länge')).toBe(false);
    expect(match('\\bübliche\\b', 'die übliche Länge')).toBe(true);
    expect(match('\\bregelmäßig\\b', 'regelmäßige Prüfung')).toBe(false);
    expect(match('\\bMaß\\b', 'das Maß der Dinge')).toBe(true);
  });

  it('leaves an escaped backslash and a class with \\b alone', () => {
    expect(unicodeBoundaries('a\\\\b')).toBe('a\\\\b');
    expect(unicodeBoundaries('[\\b]')).toBe('[\\b]');
  });
});

describe('sentenceAround', () => {
  const text = 'Schlüssel werden z. B. wöchentlich gewechselt, d. h. am Montag. Zertifikate werden regelmäßig erneuert.';
  const at = (word: string) => text.indexOf(word);

  it('does not end a German sentence at "z. B." or "d. h."', () => {
    expect(sentenceAround(text, at('Montag'), 'de')).toBe('Schlüssel werden z. B. wöchentlich gewechselt, d. h. am Montag.');
    expect(sentenceAround(text, at('regelmäßig'), 'de')).toBe(' Zertifikate werden regelmäßig erneuert.');
  });

  it('keeps English abbreviations whole and knows the language from its tag', () => {
    const english = 'Data is encrypted, e.g. with AES-256, i.e. at rest. Keys rotate yearly.';
    expect(sentenceAround(english, english.indexOf('AES'), 'en-GB')).toBe('Data is encrypted, e.g. with AES-256, i.e. at rest.');
    expect(sentenceAround(text, at('Montag'), 'de-AT')).toContain('z. B.');
  });
});
