import { compareVersions } from '../documents/semver.ts';
import type { Rule } from './rule.ts';

/**
 * A document's changelog is its version history as customers read it: one entry per version, newest first, none
 * for a version the document has not reached, and a released version takes effect no earlier than the day its
 * entry records (a version cannot apply before it was made, nor before the version it replaces).
 */
export const changelogVersions: Rule = {
  id: 'changelog-versions',
  severity: 'error',
  description:
    'a changelog has one entry per version, newest first, none above the current version; a released version is effective no earlier than its entry and its predecessor',
  check(model, report) {
    for (const entry of model.documents) {
      const doc = entry.data;
      const seen = new Map<string, number>();
      doc.changelog.forEach((item, index) => {
        const first = seen.get(item.version);
        if (first !== undefined) {
          report(
            { entry, path: ['changelog', index, 'version'] },
            `${doc.id} has a second changelog entry for ${item.version} (the first is entry ${first + 1})`,
            `merge the two entries: the changelog has exactly one entry per version`,
          );
          return;
        }
        seen.set(item.version, index);
        if (compareVersions(item.version, doc.version) > 0) {
          report(
            { entry, path: ['changelog', index, 'version'] },
            `${doc.id} has a changelog entry for ${item.version}, but the document is at version ${doc.version}`,
            `raise version: to ${item.version} if this change carries it (the entry then describes the document as it is), or remove the entry`,
          );
        }
        const previous = doc.changelog[index - 1];
        if (previous && compareVersions(previous.version, item.version) < 0) {
          report(
            { entry, path: ['changelog', index, 'version'] },
            `changelog entry ${item.version} comes after the older entry ${previous.version}`,
            'list the changelog newest first: the entry for the current version at the top',
            'warning',
          );
        } else if (previous && previous.date < item.date) {
          report(
            { entry, path: ['changelog', index - 1, 'date'] },
            `changelog entry ${previous.version} is dated ${previous.date}, before ${item.date}, the date of the earlier version ${item.version}`,
            'correct the dates: a later version cannot be made before the one it replaces',
            'warning',
          );
        }
      });
      if (doc.status !== 'released') continue;
      const index = doc.changelog.findIndex((item) => item.version === doc.version);
      if (index < 0) continue; // document-facts reports the missing entry
      const current = doc.changelog[index]!;
      const older = doc.changelog.slice(index + 1).find((item) => compareVersions(item.version, doc.version) < 0);
      if (doc.effective < current.date) {
        report(
          { entry, path: ['effective'] },
          `${doc.id} ${doc.version} takes effect on ${doc.effective}, before ${current.date}, the date of its changelog entry`,
          `set effective: to the day ${doc.version} applies from, on or after ${current.date}${older && older.date === doc.effective ? ` (${doc.effective} is when ${older.version} took effect)` : ''}`,
        );
      } else if (older && doc.effective < older.date) {
        report(
          { entry, path: ['effective'] },
          `${doc.id} ${doc.version} takes effect on ${doc.effective}, before ${older.date}, the date of the previous version ${older.version}`,
          `set effective: to the day ${doc.version} applies from, after ${older.date}`,
        );
      }
    }
  },
};
