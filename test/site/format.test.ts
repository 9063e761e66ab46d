import { expect, it } from 'vitest';
import { formatDate, known, pluralLabel, truncate } from '../../src/site/format.ts';

it('formats calendar dates in UTC', () => {
  expect(formatDate('2026-11-02')).toBe('2 November 2026');
});

it('leaves unknown facts out instead of printing a placeholder', () => {
  expect(known({ unknown: 'Legal to supply' })).toBeUndefined();
  expect(known('Example GmbH')).toBe('Example GmbH');
});

it('pluralises requirement labels', () => {
  expect(['control', 'category', 'subcategory', 'criterion', 'requirement'].map(pluralLabel)).toEqual([
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
