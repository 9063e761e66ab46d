import { expect, it } from 'vitest';
import { englishPlural } from '../../src/content/localise.ts';
import { translator } from '../../src/i18n/translator.ts';
import { capitalise, known, messageParts, truncate } from '../../src/site/format.ts';

it('formats calendar dates in UTC, in the page language', () => {
  expect(translator('en').date('2026-11-02')).toBe('2 November 2026');
  expect(translator('de').date('2026-11-02')).toBe('2. November 2026');
  expect(translator('de-AT').date('2026-01-02')).toBe('2. Jänner 2026');
});

it('leaves unknown facts out instead of printing a placeholder', () => {
  expect(known({ unknown: 'Legal to supply' })).toBeUndefined();
  expect(known('Example GmbH')).toBe('Example GmbH');
});

it('pluralises English requirement labels (other languages give their plural in the catalogue)', () => {
  expect(['control', 'category', 'subcategory', 'criterion', 'requirement'].map(englishPlural)).toEqual([
    'controls',
    'categories',
    'subcategories',
    'criteria',
    'requirements',
  ]);
});

it('truncates at a word boundary', () => {
  expect(truncate('List of parties, description of the transfer', 20)).toBe('List of parties…');
  expect(truncate('short', 20)).toBe('short');
});

it('capitalises a label for its language and splits a message around the elements a page puts in it', () => {
  expect(capitalise('control', translator('en'))).toBe('Control');
  expect(capitalise('Kontrollziel', translator('de'))).toBe('Kontrollziel');
  expect(messageParts(translator('de'), 'certification.period', ['from', 'until'])).toEqual([
    { name: 'from' },
    { text: ' bis ' },
    { name: 'until' },
  ]);
});
