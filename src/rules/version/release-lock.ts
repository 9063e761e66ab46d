import type { Rule } from '../rule.ts';

/**
 * releases.lock.yaml records the bytes of every released PDF as first published. An entry is history: a change
 * that removes or edits one would let a later build publish other bytes under a released version's URL.
 */
export const releaseLock: Rule = {
  id: 'release-lock',
  severity: 'error',
  needs: 'base',
  description: '(with --base) every entry of releases.lock.yaml at the base is still there, unchanged',
  check(model, report, { base }) {
    const before = base!.base.model.releases?.data.releases ?? [];
    if (before.length === 0) return;
    const lock = model.releases;
    const after = lock?.data.releases ?? [];
    const file = lock?.file ?? `${model.contentDir}/releases.lock.yaml`;
    for (const old of before) {
      const index = after.findIndex((entry) => entry.document === old.document && entry.version === old.version);
      const now = after[index];
      const fields = now ? (Object.keys(old) as (keyof typeof old)[]).filter((key) => old[key] !== now[key]) : [];
      if (now && fields.length === 0) continue;
      const where =
        lock && now
          ? { entry: lock, path: ['releases', index, fields[0]!] }
          : lock
            ? { entry: lock, path: ['releases'] }
            : { file, position: { line: 1, column: 1 } };
      report(
        where,
        now
          ? `the recorded release of ${old.document} ${old.version} changed (${fields.join(', ')}) since ${base!.ref}`
          : `the recorded release of ${old.document} ${old.version} (sha256 ${old.sha256.slice(0, 16)}…) was removed from ${file} since ${base!.ref}`,
        `restore the entry as it is at ${base!.ref}: it records the PDF customers received, and only a release build adds entries`,
      );
    }
  },
};
