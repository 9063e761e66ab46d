import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// What a command does before its first line of work is paid on every run. Making an Intl formatter loads locale
// data (20 to 40 ms each on the 2-core machine), so the modules a command loads must make none at import: a
// formatter is made on first use. Checked for validate, the command run after every edit, in a fresh process.
const ROOT = new URL('../..', import.meta.url).pathname;
const PROBE = `
const made = [];
for (const name of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'DisplayNames', 'PluralRules', 'Collator', 'RelativeTimeFormat', 'Segmenter']) {
  const Original = Intl[name];
  Intl[name] = new Proxy(Original, { construct(target, args) { made.push(name + ' ' + new Error().stack.split('\\n')[2].trim()); return Reflect.construct(target, args); } });
}
for (const [owner, name] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleString'], [String.prototype, 'localeCompare']]) {
  const original = owner[name];
  owner[name] = function (...args) { made.push(name + ' ' + new Error().stack.split('\\n')[2].trim()); return original.apply(this, args); };
}
await import(${JSON.stringify(`${ROOT}src/cli/validate.ts`)});
await import(${JSON.stringify(`${ROOT}src/cli/errors.ts`)});
console.log(JSON.stringify(made));
`;

describe('start-up', () => {
  it("validate's modules make no Intl formatter at import", () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});
