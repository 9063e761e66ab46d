import type { Entry } from '../content/entry.ts';
import type { Model } from '../content/model.ts';
import type { Finding } from '../rules/finding.ts';
import type { ChangelogEntry, DocumentSpec } from '../schema/index.ts';
import { nextMinor } from './semver.ts';
import type { ChangeSet, DocumentChange } from './types.ts';

/**
 * Version discipline for released documents, checked against the base of a pull request. Released annexes are
 * what customers signed: when what one says changes, the version must go up and the changelog must say what
 * changed; a new sub-processor needs notice to customers (SCC Clause 9(a)); a measure taken out of a released
 * annex must be named in the changelog. Pure: it reads the change set and the head's model for positions.
 */
export interface VersionRule {
  /** Stable id, shown in findings and CI annotations. */
  id: string;
  description: string;
  check(changes: ChangeSet, head: Model): Finding[];
}

export const documentVersionBump: VersionRule = {
  id: 'document-version-bump',
  description: 'a released document whose content changed since the base has a higher version than at the base',
  check(changes, head) {
    const out: Finding[] = [];
    for (const doc of changes.documents) {
      if (!doc.releasedAtBase || doc.change !== 'changed' || doc.versionBumped) continue;
      const entry = head.index.documents.get(doc.id);
      if (!entry) continue;
      const base = doc.version.base!;
      const lower = doc.version.head !== base;
      out.push(
        finding(
          'document-version-bump',
          entry,
          ['version'],
          lower
            ? `${doc.id} version ${doc.version.head} is lower than the released ${base} at ${changes.base.ref}, and what it says changed (${summary(doc)})`
            : `${doc.id} says something different from the released ${base} at ${changes.base.ref} (${summary(doc)}), but its version is still ${base}`,
          `set version: ${nextMinor(base)} (or the next major version if customers must sign again) and add a changelog entry for it saying what changed; run \`npm run diff -- ${changes.base.ref}\` to see the changes`,
        ),
      );
    }
    return out;
  },
};

export const documentChangelog: VersionRule = {
  id: 'document-changelog',
  description: 'a released document whose content changed since the base has a new changelog entry for its new version',
  check(changes, head) {
    const out: Finding[] = [];
    for (const doc of changes.documents) {
      if (!doc.releasedAtBase || doc.change !== 'changed' || !doc.versionBumped || doc.newChangelogEntry) continue;
      const entry = head.index.documents.get(doc.id);
      if (!entry) continue;
      out.push(
        finding(
          'document-changelog',
          entry,
          entry.data.changelog.length ? ['changelog'] : ['version'],
          `${doc.id} ${doc.version.head} has no changelog entry of its own: customers who signed ${doc.version.base} need to be told what changed (${summary(doc)})`,
          `add a changelog entry at the top: version: ${doc.version.head}, date: <YYYY-MM-DD>, changes: [<one line per change>]`,
        ),
      );
    }
    return out;
  },
};

export const subprocessorNotice: VersionRule = {
  id: 'subprocessor-notice',
  description:
    'a sub-processor added (or replaced) since the base is announced in a new changelog entry of Annex III, with its notice date',
  check(changes, head) {
    const out: Finding[] = [];
    const needing = changes.subprocessors.filter((sub) => sub.notice === 'required');
    if (needing.length === 0) return out;
    for (const doc of changes.documents) {
      // Draft or released alike: the sub-processor list and its feed are public either way, and Clause 9(a) notice
      // is owed for the list, not for the PDF.
      if (doc.kind !== 'annex-iii' || doc.version.base === undefined || doc.change === 'removed') continue;
      const entry = head.index.documents.get(doc.id);
      if (!entry) continue;
      const fresh = newEntries(doc, entry);
      const withNotice = fresh.filter((item) => item.notice !== undefined);
      for (const sub of needing) {
        const what =
          sub.change === 'added' ? `${sub.name} is added as a sub-processor` : `${sub.name} is replaced by a different contracting entity`;
        const starts = sub.effective ? ` on ${sub.effective}` : '';
        if (withNotice.length === 0) {
          out.push(
            finding(
              'subprocessor-notice',
              entry,
              entry.data.changelog.length ? ['changelog'] : ['version'],
              `${what} (${sub.file.head ?? sub.id}), but ${doc.id} has no new changelog entry with a notice date: Clause 9(a) of the SCCs requires notice to customers before it starts${starts}`,
              `set ${doc.id} version: ${fresh[0]?.version ?? nextMinor(doc.version.base!)} with a changelog entry naming ${sub.name} and notice: <YYYY-MM-DD>, the date customers are told${sub.effective ? ` (before ${sub.effective})` : ''}`,
            ),
          );
          continue;
        }
        const earliest = withNotice.map((item) => item.notice!).sort()[0]!;
        if (sub.effective && earliest > sub.effective) {
          const index = entry.data.changelog.findIndex((item) => item.notice === earliest);
          out.push(
            finding(
              'subprocessor-notice',
              entry,
              ['changelog', index, 'notice'],
              `${doc.id} gives notice on ${earliest}, after ${sub.name} starts on ${sub.effective}: Clause 9(a) of the SCCs requires notice in advance`,
              `notify customers before ${sub.name} starts: move the "added" date in ${sub.file.head ?? 'its file'} to after the notice period, or correct the notice date`,
            ),
          );
        }
      }
    }
    return out;
  },
};

export const removedMeasureChangelog: VersionRule = {
  id: 'removed-measure-changelog',
  description: 'a measure taken out of a released Annex II is named (by id or title) in a new changelog entry',
  check(changes, head) {
    const out: Finding[] = [];
    for (const doc of changes.documents) {
      if (doc.kind !== 'annex-ii' || !doc.releasedAtBase || doc.change === 'removed' || !doc.measures?.removed.length) continue;
      const entry = head.index.documents.get(doc.id);
      if (!entry) continue;
      const text = newEntries(doc, entry)
        .flatMap((item) => item.changes)
        .join('\n')
        .toLowerCase();
      for (const id of doc.measures.removed) {
        const measure = changes.measures.find((change) => change.id === id);
        const title = measure?.title;
        if (text.includes(id.toLowerCase()) || (title && text.includes(title.toLowerCase()))) continue;
        const why = measure?.reason ?? (measure?.status ? `now ${measure.status.head}` : 'no longer listed');
        out.push(
          finding(
            'removed-measure-changelog',
            entry,
            entry.data.changelog.length ? ['changelog'] : ['version'],
            `${id}${title ? ` (${title})` : ''} was in the released ${doc.id} ${doc.version.base} and is taken out (${why}), but no new changelog entry names it`,
            `add a changelog entry for the new version whose changes say that ${id} is removed and why: removing a measure reduces what customers signed for`,
          ),
        );
      }
    }
    return out;
  },
};

export const versionRules: readonly VersionRule[] = [documentVersionBump, documentChangelog, subprocessorNotice, removedMeasureChangelog];

/** Runs every version rule over a change set. */
export function runVersionRules(changes: ChangeSet, head: Model): Finding[] {
  return versionRules.flatMap((rule) => rule.check(changes, head));
}

/** Changelog entries at the head for versions the base's changelog did not have. */
function newEntries(doc: DocumentChange, entry: Entry<DocumentSpec>): ChangelogEntry[] {
  const before = new Set(doc.baseChangelogVersions ?? []);
  return entry.data.changelog.filter((item) => !before.has(item.version));
}

function summary(doc: DocumentChange): string {
  const parts: string[] = [];
  const list = (label: string, ids: string[] | undefined) => {
    if (ids?.length) parts.push(`${label}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`);
  };
  list('measures added', doc.measures?.added);
  list('measures removed', doc.measures?.removed);
  list('measures changed', doc.measures?.changed);
  list('sub-processors added', doc.subprocessors?.added);
  list('sub-processors removed', doc.subprocessors?.removed);
  list('sub-processors changed', doc.subprocessors?.changed);
  list('changed', doc.parts);
  return parts.join('; ') || 'its content hash differs';
}

function finding(rule: string, entry: Entry<unknown>, path: readonly PropertyKey[], message: string, hint: string): Finding {
  const { line, column } = entry.at(path);
  return { file: entry.file, line, column, severity: 'error', rule, message, hint };
}
