/**
 * Where each PDF lives inside the documents folder of the site, in one place: the build writes there, the
 * documents page and the manifest link there, and the customer notice cites it. Released versions keep their URL
 * for ever; the plain file name is always the newest version.
 */

/** The newest version of a document: "annex-ii.pdf". */
export const latestFile = (id: string) => `${id}.pdf`;

/** One released version, kept byte for byte: "annex-ii/1.0.0.pdf". */
export const versionFile = (id: string, version: string) => `${id}/${version}.pdf`;

/** The comparison of two consecutive released versions: "annex-ii/1.0.0-to-1.1.0.pdf". */
export const redlineFile = (id: string, from: string, to: string) => `${id}/${from}-to-${to}.pdf`;
