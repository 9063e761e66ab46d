import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/content/project.ts';
import { formatText } from '../../src/rules/format/text.ts';
import { loaderRules, rules } from '../../src/rules/index.ts';
import { validateProject } from '../../src/rules/validate.ts';
import { fixtureBuildDate, overlayBase, overlayContent } from '../helpers/fixture-content.ts';

// Each folder test/rules/fixtures/<rule-id>/<case>/ lays files over the minimal content. "trigger*" cases must
// produce findings of that rule, pinned in expected.txt (UPDATE=1 writes or rewrites it; a missing one fails, so a
// new case cannot pass on its first run); every other case must produce none. A case with a base/ folder is a
// change: base/ is the content at the base ref, and the version rules compare with it.
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const ruleIds = [...loaderRules, ...rules].map((rule) => rule.id);

function findingsFor(caseDir: string) {
  const { root, cleanup } = overlayContent(caseDir);
  const base = overlayBase(caseDir);
  try {
    const project = (at: string) => loadProject({ root: at, contentDir: 'content', buildDate: fixtureBuildDate });
    return validateProject(project(root), base ? { base: { project: project(base.root), ref: 'base' } } : {});
  } finally {
    cleanup();
    base?.cleanup();
  }
}

describe('minimal content', () => {
  it('raises no finding at all', () => {
    const { root, cleanup } = overlayContent();
    try {
      expect(validateProject(loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate }))).toEqual([]);
    } finally {
      cleanup();
    }
  });
});

for (const ruleId of readdirSync(FIXTURES).sort()) {
  describe(ruleId, () => {
    for (const name of readdirSync(join(FIXTURES, ruleId)).sort()) {
      const caseDir = join(FIXTURES, ruleId, name);
      if (name.startsWith('trigger')) {
        it(`${name}: reports what expected.txt says`, () => {
          const own = findingsFor(caseDir).filter((finding) => finding.rule === ruleId);
          expect(own.length).toBeGreaterThan(0);
          const text = `${formatText(own, { color: false })}\n`;
          const expected = join(caseDir, 'expected.txt');
          if (process.env.UPDATE) writeFileSync(expected, text);
          expect(existsSync(expected), `${expected} is missing: run UPDATE=1 npx vitest run test/rules, then read what it pinned`).toBe(
            true,
          );
          expect(text).toBe(readFileSync(expected, 'utf8'));
        });
      } else {
        it(`${name}: reports nothing`, () => {
          expect(findingsFor(caseDir).filter((finding) => finding.rule === ruleId)).toEqual([]);
        });
      }
    }
  });
}

describe('fixture coverage', () => {
  it.each(ruleIds)('%s has a triggering and a passing fixture', (id) => {
    const cases = existsSync(join(FIXTURES, id)) ? readdirSync(join(FIXTURES, id)) : [];
    expect(cases.some((name) => name.startsWith('trigger'))).toBe(true);
    expect(cases.some((name) => !name.startsWith('trigger'))).toBe(true);
  });
});
