import { nextMinor } from '../../documents/semver.ts';
import type { Rule } from '../rule.ts';
import { changeSummary } from './comparison.ts';

/**
 * Released annexes are what customers signed: when what one says changes (its content hash), its version must go
 * up, so that a contract can cite the version it means.
 */
export const documentVersionBump: Rule = {
  id: 'document-version-bump',
  severity: 'error',
  needs: 'base',
  description: '(with --base) a released document whose content changed since the base has a higher version than at the base',
  check(model, report, { base }) {
    for (const doc of base!.documents) {
      if (!doc.releasedAtBase || doc.change !== 'changed' || doc.versionBumped) continue;
      const entry = model.index.documents.get(doc.id);
      if (!entry) continue;
      const released = doc.version.base!;
      const lower = doc.version.head !== released;
      report(
        { entry, path: ['version'] },
        lower
          ? `${doc.id} version ${doc.version.head} is lower than the released ${released} at ${base!.ref}, and what it says changed (${changeSummary(doc)})`
          : `${doc.id} says something different from the released ${released} at ${base!.ref} (${changeSummary(doc)}), but its version is still ${released}`,
        `set version: ${nextMinor(released)} (or the next major version if customers must sign again) and effective: <the day it applies from>, and add a changelog entry for it saying what changed; run \`npm run diff -- ${base!.ref}\` to see the changes`,
      );
    }
  },
};
