import { expect, it } from 'vitest';
import { formatDate, known, percent, pluralLabel, truncate } from '../../src/site/format.ts';

it('formats calendar dates in UTC', () => {
  expect(formatDate('2026-11-02')).toBe('2 November 2026');
});

it('prints unknown facts as "Not yet provided"', () => {
  expect(known({ unknown: 'Legal to supply' })).toBe('Not yet provided');
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

it('rounds percentages down so that almost-complete never reads as complete', () => {
  expect(percent(199, 200)).toBe(99);
  expect(percent(0, 0)).toBe(0);
});

it('truncates at a word boundary', () => {
  expect(truncate('List of parties, description of the transfer', 20)).toBe('List of parties…');
  expect(truncate('short', 20)).toBe('short');
});
