import { formatDate } from '../../content/format-date.ts';
import { buildRedline } from '../../documents/redline.ts';
import { compareVersions } from '../../documents/semver.ts';
import { renderRedline } from '../../pdf/redline/render.ts';
import type { ArchiveCache } from './cache.ts';
import type { ArchivedVersion } from './archive.ts';
import { rendererFingerprint } from './fingerprint.ts';

/** The redline of one released version against the one before it. */
export interface VersionRedline {
  from: ArchivedVersion;
  to: ArchivedVersion;
  bytes: Uint8Array;
  pages: number;
}

/**
 * A redline between each two consecutive released versions of a document, dated the later version's issue date,
 * so it is the same in every build; cached like the versions. A pair whose earlier side could only be published
 * from its bytes (no content to compare) has none.
 */
export async function versionRedlines(versions: readonly ArchivedVersion[], cache: ArchiveCache): Promise<VersionRedline[]> {
  const byDocument = new Map<string, ArchivedVersion[]>();
  for (const version of versions) byDocument.set(version.release.id, [...(byDocument.get(version.release.id) ?? []), version]);
  const out: VersionRedline[] = [];
  for (const list of byDocument.values()) {
    const sorted = [...list].sort((a, b) => compareVersions(a.release.version, b.release.version));
    for (let i = 1; i < sorted.length; i++) {
      const from = sorted[i - 1]!;
      const to = sorted[i]!;
      if (!from.content || !to.content) continue;
      const key = {
        redline: 1,
        id: to.release.id,
        from: [from.release.version, from.release.commit, from.issued.instant],
        to: [to.release.version, to.release.commit, to.issued.instant],
        renderer: rendererFingerprint(),
      };
      let made = cache.get(key);
      if (!made) {
        const side = (v: ArchivedVersion) => `${v.content!.label} ${v.release.version} (effective ${formatDate(v.release.effective)})`;
        const redline = buildRedline([{ base: from.content, head: to.content }], {
          sides: { base: side(from), head: side(to) },
          date: to.issued.day,
          organisation: to.content.organisation.name,
        });
        made = await renderRedline(redline, to.issued);
        cache.put(key, made);
      }
      out.push({ from, to, bytes: made.bytes, pages: made.pages });
    }
  }
  return out;
}
