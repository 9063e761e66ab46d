import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { yamlLocator } from '../../src/content/position.ts';
import { scalarCharOffset, valueStartAfterKey } from '../../src/content/scalar-offset.ts';

// Values as content writes them: prose with punctuation, parentheses, ids, colons, quotes, non-ASCII and long lines
// that the writer folds.
const VALUES = [
  'All access attempts, successful and unsuccessful, are logged (IAM-04) and reviewed regularly where appropriate.',
  'Verbindungen werden nur über TLS 1.2 oder höher angenommen (ENC-01). TBD',
  'Backups: daily, kept 30 days; restore tested every quarter (REC-05), in line with "industry best practices".',
  "The controller's data is encrypted at rest with AES-256 (ENC-02, STO-02); keys rotate yearly.",
  'short',
  'Two paragraphs.\n\nThe second one, after a blank line, and a line\nbreak kept as written.',
  '  Indented start, then text: with a colon and a # hash sign in the middle of the sentence.',
  'Tabs\tinside and trailing spaces before a break  \nnext line',
  'Escapes that must be written: a backslash \\ and a bell \u0007 and an é.',
];

const STYLES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'] as const;
const MARKER = '§';

/** `explanation: <value>` in one style, with a narrow line width so that long values are folded over lines. */
function written(value: string, style: (typeof STYLES)[number]): string {
  return stringify(
    { id: 'x', explanation: value, after: 1 },
    { defaultStringType: style, defaultKeyType: 'PLAIN', lineWidth: 40, minContentWidth: 10 },
  );
}

describe('scalarCharOffset', () => {
  it('finds each character of a value exactly where the writer put it, or declines', () => {
    let found = 0;
    let declined = 0;
    for (const value of VALUES) {
      for (const style of STYLES) {
        const text = written(value, style);
        // A form js-yaml reads differently from the writer (a folded block starting with an indented line) is no
        // ground truth: validate's values are js-yaml's.
        if ((jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as { explanation: string }).explanation !== value) continue;
        const start = valueStartAfterKey(text, text.indexOf('explanation:'))!;
        for (let index = 0; index < value.length; index++) {
          if (/\s/.test(value[index]!)) continue;
          // The truth, by construction: write the value again with this one character replaced; the two texts first
          // differ where the character is written (when the writer chose the same form for both).
          const marked = written(value.slice(0, index) + MARKER + value.slice(index + 1), style);
          const truth = [...text].findIndex((char, i) => char !== marked[i]);
          const sameShape = marked.length === text.length - value[index]!.length + MARKER.length;
          const answer = scalarCharOffset(text, start, value, index);
          if (answer === undefined) {
            declined++;
            continue;
          }
          found++;
          if (sameShape) expect(answer, `${style} ${JSON.stringify(value)} at ${index}\n${text}`).toBe(truth);
          expect(text[answer]).toBe(value[index]);
        }
      }
    }
    // The plain forms content is written in are found; escapes are what it declines.
    expect(found).toBeGreaterThan(2000);
    expect(declined).toBeGreaterThan(0);
  });

  it('declines escapes and doubled quotes rather than guess', () => {
    const text = "a: \"line\\nnext\"\nb: 'it''s here'\n";
    expect(scalarCharOffset(text, valueStartAfterKey(text, 0)!, 'line\nnext', 6)).toBeUndefined();
    const b = text.indexOf('b:');
    expect(scalarCharOffset(text, valueStartAfterKey(text, b)!, "it's here", 5)).toBeUndefined();
    expect(scalarCharOffset(text, valueStartAfterKey(text, b)!, "it's here", 1)).toBe(b + 5);
  });

  it('declines a value that is not the one written there', () => {
    const text = 'explanation: Connections use TLS 1.2.\n';
    expect(scalarCharOffset(text, valueStartAfterKey(text, 0)!, 'Connections use TLS 1.3.', 22)).toBeUndefined();
  });
});

describe('a locator pointing inside a value', () => {
  const text = [
    'id: a',
    'explanation: >-',
    '  All access attempts are logged',
    '  and reviewed regularly.',
    'list:',
    '  - first item',
    '  - "second: item"',
    '',
  ].join('\n');
  const { locate } = yamlLocator(text, 2);

  it('gives the line and column of the character, counted from the file line the YAML starts on', () => {
    const value = 'All access attempts are logged and reviewed regularly.';
    expect(locate(['explanation'], { value, index: value.indexOf('regularly') })).toEqual({ line: 5, column: 16 });
    expect(locate(['list', 1], { value: 'second: item', index: 8 })).toEqual({ line: 8, column: 14 });
  });

  it('falls back to the field when the character cannot be told', () => {
    expect(locate(['explanation'], { value: 'something else', index: 3 })).toEqual(locate(['explanation']));
  });
});
