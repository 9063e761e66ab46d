import { BODY_LIMITS } from '../content/body-limits.ts';

/**
 * Measure bodies written to hang or crash a Markdown pipeline, for the `validate` benchmark. Before the body limits,
 * the first took 278 s and then overflowed the stack; the first two are now refused before any parse. The others
 * are the slowest the limits let through to the parser: deep inline nesting, refused right after the parse, and the
 * shapes on which the parser is slowest for its size.
 */
export interface HostileBody {
  name: string;
  body: string;
  /** Refused on its text alone, without a parse. */
  beforeParse: boolean;
  /** A text its body-limits finding must contain; empty for a body within the limits (no such finding). */
  expect: string;
}

export function hostileBodies(): HostileBody[] {
  const nestedList = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
  return [
    {
      name: '2,000-level nested list (4 MB)',
      body: nestedList,
      expect: 'nested 11 levels deep in lists and block quotes',
      beforeParse: true,
    },
    { name: '5,000 nested quotes on one line', body: `${'> '.repeat(5000)}deep`, expect: 'nested 5000 levels deep', beforeParse: true },
    {
      name: '660 nested components',
      body: `${'<A>\n'.repeat(660)}x\n${'</A>\n'.repeat(660)}`,
      expect: 'the body nests 660 levels deep',
      beforeParse: false,
    },
    {
      name: 'emphasis nested 948 deep',
      body: `${`${'*a '.repeat(316)}\n`.repeat(3)}x${`${' b*'.repeat(316)}\n`.repeat(3)}`,
      expect: 'the body nests 948 levels deep',
      beforeParse: false,
    },
    {
      name: '600 nested lists in one list',
      body: '- - - - a\n'.repeat(Math.floor(BODY_LIMITS.characters / 10) - 2),
      expect: '',
      beforeParse: false,
    },
    {
      name: 'a 2,990-line lazy quote',
      body: `> a\n${'b\n'.repeat(Math.floor(BODY_LIMITS.characters / 2) - 10)}`,
      expect: '',
      beforeParse: false,
    },
  ];
}
