import { BODY_LIMITS } from '../../src/content/body-limits.ts';

/**
 * Measure bodies for the differential test of the fast paths (fast-path.test.ts): every fragment alone, each in
 * every container and inline context, random combinations, and random soup of syntax characters. Deterministic:
 * the same seed gives the same corpus, so a failure names a body that can be replayed.
 */

/** ESM in every spelling the MDX parser might or might not take as code. */
const ESM = [
  "import Foo from './foo.js'",
  'import policy from policy',
  'import x',
  'import',
  'import\tx from y',
  "import{a}from'b'",
  'import * as all from "mod"',
  'export const rotation = 90',
  'export default rotation',
  'export let a',
  'export {a}',
  'export * from "x"',
  'export function f() {}',
  'export',
  'export\tconst a = 1',
  'exports are reviewed',
  'important: keys rotate',
  'Import controls apply',
  'EXPORT const a = 1',
  '  import x from y',
  'Text first\nexport const a = 1',
  'Text first\nimport a from "b"',
];

const JSX = [
  '<EvidenceRef id="provider-cert" />',
  '<EvidenceRef id="provider-cert"/>',
  '<EvidenceRef id="tls-config" />',
  '<EvidenceRef id="unknown-evidence" />',
  '<EvidenceRef id="a&amp;b" />',
  '<EvidenceRef id="&#x70;rovider-cert" />',
  '<EvidenceRef id="x" extra="y" />',
  '<EvidenceRef />',
  '<EvidenceRef id="" />',
  "<EvidenceRef id='provider-cert' />",
  '<EvidenceRef id={cert} />',
  '<EvidenceRef {...props} />',
  '<EvidenceRef id="provider-cert">',
  '<EvidenceRef id="provider-cert"></EvidenceRef>',
  '<EvidenceRef\n  id="provider-cert"\n/>',
  '<EvidenceRef id="provider-cert" onClick="x" />',
  '<Evidenceref id="x" />',
  '<Acknowledge phrase="tls-version" reason="TLS 1.2 is enforced elsewhere" />',
  '<Acknowledge phrase="strive-to" reason="" />',
  '<Acknowledge phrase="unknown" reason="r" />',
  '<Acknowledge phrase="strive-to" />',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '<Widget />',
  '<>fragment</>',
  '<a href="javascript:alert(1)">x</a>',
  '<img src="x" onerror="alert(1)" />',
  '<div>\n\nInside a block.\n\n</div>',
  '<A><B>nested</B></A>',
  '\\<EvidenceRef id="x" />',
  '<!-- comment -->',
];

const EXPRESSIONS = ['{1 + 1}', '{/* comment */}', '{', '}', 'a {b} c', '\\{escaped}', '{\n  multi\n}', '{`template`}'];

const LINKS = [
  '[the policy](https://example.com/policy)',
  '[mail](mailto:security@example.com)',
  '[relative](/security)',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x](  javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x](data:text/html,hi)',
  '[x](vbscript:x)',
  '[x](https://example.com "title")',
  '[x][ref]\n\n[ref]: https://example.com',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '[x]',
  '[]',
  '[x](https://example.com/a_(b))',
  '[a\\]b](https://example.com)',
  '<https://example.com>',
  '<javascript:alert(1)>',
  '<security@example.com>',
  'https://example.com/path',
  'HTTPS://EXAMPLE.COM',
  'www.example.com',
  'WWW.EXAMPLE.COM',
  'security@example.com',
  'mailto:security@example.com',
  '![diagram](https://example.com/d.png)',
  '![x][img]\n\n[img]: https://example.com/i.png',
  'See note[^1].\n\n[^1]: The note.',
  '[ ] open task',
  '- [ ] open task',
  '- [x] done task',
  '- [\t] tab task',
  '- [X] done',
];

const MARKDOWN = [
  'Keys are rotated every 90 days.',
  'We strive to rotate keys.',
  'Connections use TLS.',
  'Connections use TLS 1.2 or higher.',
  '*emphasis*',
  '**strong**',
  '_under_',
  '__double__',
  '~~strike~~',
  '~single~',
  '***both***',
  '`code`',
  '``co`de``',
  '```\ncode <EvidenceRef id="x" />\n```',
  '```js\nexport const a = 1\n```',
  '~~~\n<script>x</script>\n~~~',
  '    indented four',
  '# Heading',
  '###### Six',
  '####### seven',
  'Setext\n===',
  'Setext\n---',
  '---',
  '***',
  '___',
  '- - -',
  '- one\n- two',
  '* star',
  '+ plus',
  '1. one\n2. two',
  '1) paren',
  '2. starts at two',
  '1234567890. not a list',
  '> quote',
  '> quote\nlazy line',
  '>',
  '-',
  '1.',
  'line one  \nline two',
  'line one\\\nline two',
  '| a | b |\n|---|--:|\n| 1 | 2 |',
  'a | b',
  '|',
  '&amp; &lt; &copy; &#65; &#x41; &nbsp;',
  '&#x202E;',
  '&#0;',
  '&bogus;',
  '\\*not emphasis\\*',
  '\\',
  '5 * 3 = 15',
  'snake_case_name',
  '2 < 3 and 4 > 1',
  'a<b',
  '<',
  '>',
  '100% & more',
  'e.g. this; i.e. that',
  'Schlüssel werden verschlüsselt – immer.',
  'Emoji 🔑 keys',
  'RTL \u05de\u05e4\u05ea\u05d7 text',
];

const WHITESPACE = [
  '',
  ' ',
  '   ',
  '\t',
  '\n',
  '\n\n\n',
  'a\tb',
  '\ttab start',
  'trailing space ',
  ' leading space',
  'nbsp\u00a0inside',
  '\u00a0',
  'a\n\u00a0\nb',
  '\u3000ideographic',
  'crlf\r\nline',
  'cr\ronly',
  'form\ffeed',
  'vertical\vtab',
  'line\u2028separator',
  'zero\u200bwidth',
  'nul\0char',
  'bom\ufeffinside',
];

/** Bodies near and past the limits: nesting, size and line length. */
function adversarial(): string[] {
  const list = (levels: number, indent: string) =>
    Array.from({ length: levels }, (_, i) => `${indent.repeat(i)}- level ${i + 1}`).join('\n');
  const out: string[] = [];
  for (const levels of [9, 10, 11, 12]) {
    out.push(list(levels, '  '), list(levels, '    '), list(levels, '\t'));
    out.push(`${'> '.repeat(levels)}quote`, `${'>'.repeat(levels)} quote\nlazy`, `${'- '.repeat(levels)}item`);
    out.push(`${'*a '.repeat(levels)}x${' b*'.repeat(levels)}`);
    out.push(`${'['.repeat(levels)}x${'](https://e.com)'.repeat(levels)}`);
    out.push(`${'<A>'.repeat(levels)}x${'</A>'.repeat(levels)}`);
    out.push(`${'**'.repeat(levels)}x${'**'.repeat(levels)}`);
    out.push(`${'> - '.repeat(Math.ceil(levels / 2))}mixed`);
  }
  out.push('>'.repeat(3000) + ' deep');
  out.push(list(40, '  '));
  out.push('*'.repeat(1500) + 'a' + '*'.repeat(1500));
  const atSize = `${'word '.repeat(199)}word\n`.repeat(BODY_LIMITS.characters / 1000);
  out.push(atSize, `${atSize}x`);
  out.push(`${'x'.repeat(BODY_LIMITS.lineCharacters)}\nshort`, `${'x'.repeat(BODY_LIMITS.lineCharacters + 1)}\nshort`);
  out.push('- a\n  - b\n'.repeat(100));
  out.push('> a\n' + 'b\n'.repeat(200));
  return out;
}

const FRAGMENTS = [...ESM, ...JSX, ...EXPRESSIONS, ...LINKS, ...MARKDOWN, ...WHITESPACE];

/** Ways to put a fragment somewhere it means something else. */
const CONTEXTS: ((text: string) => string)[] = [
  (t) => t,
  (t) => `- ${t}`,
  (t) => `> ${t}`,
  (t) => `1. ${t}`,
  (t) => `**${t}**`,
  (t) => `_${t}_`,
  (t) => `[${t}](https://example.com)`,
  (t) => `  ${t}`,
  (t) => `Text before.\n${t}`,
  (t) => `${t}\nText after.`,
  (t) => `Para.\n\n${t}\n\nPara.`,
  (t) => `| a |\n|---|\n| ${t} |`,
  (t) => `# ${t}`,
  (t) => `- item\n\n  ${t}`,
];

const SOUP = [
  ...'*_`#>|~<{}[]!&\\\t\r@:/.-+=()"\'01 aAxX\n\n\n',
  'import ',
  'export ',
  'www.',
  'http://',
  ' /> ',
  '<EvidenceRef id="provider-cert" />',
  '&#x202E;',
  '&amp;',
  '\u00a0',
  '\0',
];

function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export interface CorpusBody {
  /** What the body is, for test names. */
  name: string;
  source: string;
  /** File line the body starts on. */
  line: number;
}

export function bodyCorpus(seed = 20261127): CorpusBody[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines = [1, 5, 14];
  const out: CorpusBody[] = [];
  FRAGMENTS.forEach((fragment, i) => out.push({ name: `fragment ${i}`, source: fragment, line: lines[i % 3]! }));
  FRAGMENTS.forEach((fragment, i) => {
    const context = CONTEXTS[1 + (i % (CONTEXTS.length - 1))]!;
    out.push({ name: `fragment ${i} in context ${1 + (i % (CONTEXTS.length - 1))}`, source: context(fragment), line: pick(lines) });
  });
  adversarial().forEach((source, i) => out.push({ name: `adversarial ${i}`, source, line: pick(lines) }));
  for (let i = 0; i < 250; i++) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(CONTEXTS)(pick(FRAGMENTS)));
    const source = parts.reduce((body, part) => body + pick(['\n\n', '\n', ' ', '']) + part);
    out.push({ name: `combination ${i}`, source: random() < 0.3 ? `${source}\n` : source, line: pick(lines) });
  }
  for (let i = 0; i < 150; i++) {
    const source = Array.from({ length: 3 + Math.floor(random() * 40) }, () => pick(SOUP)).join('');
    out.push({ name: `soup ${i}`, source, line: pick(lines) });
  }
  return out;
}
