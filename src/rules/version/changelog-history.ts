import { compareVersions } from '../../documents/semver.ts';
import type { Rule } from '../rule.ts';

/**
 * The changelog of a released document is the record of what customers were told. Entries of versions released
 * at the base stay (with their version and date); a change adds exactly one entry, for the version it releases,
 * never one for a version that was skipped.
 */
export const changelogHistory: Rule = {
  id: 'changelog-history',
  severity: 'error',
  needs: 'base',
  description:
    '(with --base) a released document keeps the changelog entries of its released versions and gains entries only for the version it releases',
  check(model, report, { base }) {
    for (const doc of base!.documents) {
      if (!doc.releasedAtBase || doc.change === 'removed') continue;
      const entry = model.index.documents.get(doc.id);
      const before = doc.changelog.base ?? [];
      const after = doc.changelog.head ?? [];
      if (!entry) continue;
      const released = doc.version.base!;
      // Entries at the base up to the released version were released; entries above it (a draft prepared ahead) were not.
      for (const old of before.filter((item) => compareVersions(item.version, released) <= 0)) {
        const now = after.find((item) => item.version === old.version);
        if (!now) {
          report(
            { entry, path: after.length ? ['changelog'] : ['version'] },
            `the changelog entry for ${old.version} (${old.date}), released at ${base!.ref}, was removed from ${doc.id}`,
            `restore it: customers who signed ${old.version} were told what it changed, and the changelog keeps one entry per released version`,
          );
        } else if (now.date !== old.date) {
          report(
            { entry, path: ['changelog', after.indexOf(now), 'date'] },
            `the changelog entry for the released ${old.version} of ${doc.id} changed its date from ${old.date} to ${now.date}`,
            `keep date: ${old.date}: it records when ${old.version} was made`,
          );
        }
      }
      const known = new Set(before.map((item) => item.version));
      const head = doc.version.head;
      if (!head || compareVersions(head, released) <= 0) continue;
      after.forEach((item, index) => {
        if (known.has(item.version) || item.version === head) return;
        if (compareVersions(item.version, released) > 0 && compareVersions(item.version, head) < 0) {
          report(
            { entry, path: ['changelog', index, 'version'] },
            `${doc.id} gains a changelog entry for ${item.version}, a version that was never released: ${base!.ref} has ${released} and this change releases ${head}`,
            `move its changes into the ${head} entry: the changelog has exactly one entry per released version`,
          );
        }
      });
    }
  },
};
