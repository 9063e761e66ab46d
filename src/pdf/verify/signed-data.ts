import { oids, signatureAlgorithms, strongDigests } from '../sign/oids.ts';
import { children, content, type DerNode, oidOf, readDer, whole } from './der.ts';

/**
 * A CMS SignedData with exactly one SignerInfo (what PAdES signatures and RFC 3161 tokens are), parsed into its
 * parts with exact byte offsets. Structure only: `checkSignerInfo` decides whether it holds.
 */
export interface SignedData {
  der: Buffer;
  /** Each embedded certificate's DER, unparsed: only the one the signer bound is ever trusted or read. */
  certificates: Buffer[];
  eContentType: string;
  /** The encapsulated content, when not detached (a time-stamp token's TSTInfo). */
  eContent?: Buffer;
  signer: SignerInfo;
}

export interface SignerInfo {
  /** The SignerInfo's own (unsigned) name for its certificate: issuerAndSerialNumber or [0] subjectKeyIdentifier. */
  sid: DerNode;
  digestAlgorithm: string;
  /** The signed attributes as stored ([0] IMPLICIT); the signature covers them re-tagged as a SET. */
  signedAttrs?: DerNode;
  /** Signed attributes by type: each attribute's single value. */
  signed: Map<string, DerNode>;
  signatureAlgorithm: string;
  signature: Buffer;
  /** Unsigned attributes by type (the signature time-stamp lives here). */
  unsigned: Map<string, DerNode>;
}

/** A structure that is not the CMS a PAdES signature must be; the message is one line. */
export class CmsError extends Error {
  override name = 'CmsError';
}

const INTEGER = 0x02;
const OCTET_STRING = 0x04;
const NULL = 0x05;
const SEQUENCE = 0x30;
const SET = 0x31;
const CONTEXT_0 = 0xa0;
const CONTEXT_1 = 0xa1;
/** A SignerInfo's sid as a subjectKeyIdentifier: [0] IMPLICIT OCTET STRING. */
const SID_KEY_ID = 0x80;

/**
 * Parses a ContentInfo holding a SignedData. Throws CmsError (or DerError for broken DER) on anything else.
 *
 * Strict on purpose: the CMS sits in /Contents, the one part of a PDF its signature does not cover, so every byte
 * the checks after this one do not verify (tags, versions, the digest algorithm list, algorithm parameters) must
 * have the one value RFC 5652 allows. Otherwise a byte flipped there would leave the file "intact".
 */
export function parseSignedData(input: Uint8Array): SignedData {
  const der = Buffer.from(input);
  const root = readDer(der);
  if (root.end !== der.length) throw new CmsError('the signature has data after its CMS structure');
  if (root.tag !== SEQUENCE) throw new CmsError('the signature is not a CMS SignedData');
  const [type, explicit, ...extra] = children(der, root);
  if (!type || explicit?.tag !== CONTEXT_0 || extra.length > 0 || oidOf(der, type) !== oids.signedData)
    throw new CmsError('the signature is not a CMS SignedData');
  const [signedData, ...more] = children(der, explicit);
  if (signedData?.tag !== SEQUENCE || more.length > 0) throw new CmsError('the signature is not a CMS SignedData');
  const parts = children(der, signedData);
  const [version, digestAlgorithms, encap] = parts;
  if (!version || digestAlgorithms?.tag !== SET || encap?.tag !== SEQUENCE) throw new CmsError('the SignedData is incomplete');
  // certificates [0] and crls [1] are optional, in that order; the SignerInfos end it.
  let at = 3;
  const certificateSet = parts[at]?.tag === CONTEXT_0 ? parts[at++] : undefined;
  if (parts[at]?.tag === CONTEXT_1) at++;
  const signerInfoSet = parts[at];
  if (signerInfoSet?.tag !== SET || at !== parts.length - 1) throw new CmsError('the SignedData has unexpected fields');

  const [eType, eWrapper, ...eExtra] = children(der, encap);
  if (!eType || (eWrapper && eWrapper.tag !== CONTEXT_0) || eExtra.length > 0) throw new CmsError('the SignedData has no content type');
  const eInner = eWrapper ? children(der, eWrapper) : [];
  if (eWrapper && (eInner.length !== 1 || eInner[0]!.tag !== OCTET_STRING))
    throw new CmsError('the SignedData content is not an OCTET STRING');
  const eContentType = oidOf(der, eType);
  const certificateNodes = certificateSet ? children(der, certificateSet) : [];
  if (certificateNodes.some((cert) => cert.tag !== SEQUENCE)) throw new CmsError('the signature holds something other than certificates');
  const signerInfos = children(der, signerInfoSet);
  if (signerInfos.length !== 1) throw new CmsError(`the signature has ${signerInfos.length} signers instead of one`);
  const signer = parseSignerInfo(der, signerInfos[0]!);

  // RFC 5652 5.1: version 3 when the SignerInfo is version 3 or the content is not id-data, else 1.
  const expected = signer.version === 3 || eContentType !== oids.data ? 3 : 1;
  if (integerOf(der, version) !== expected) throw new CmsError(`the SignedData version is not ${expected}`);
  const listed = children(der, digestAlgorithms).map((node) => strictAlgorithm(der, node));
  if (!listed.includes(signer.info.digestAlgorithm)) throw new CmsError("the SignedData's digest algorithms do not list the signer's");
  return {
    der,
    certificates: certificateNodes.map((cert) => Buffer.from(whole(der, cert))),
    eContentType,
    ...(eInner[0] ? { eContent: Buffer.from(content(der, eInner[0])) } : {}),
    signer: signer.info,
  };
}

function parseSignerInfo(der: Buffer, node: DerNode): { info: SignerInfo; version: number } {
  if (node.tag !== SEQUENCE) throw new CmsError('the SignerInfo is malformed');
  const fields = children(der, node);
  const [version, sid, digestAlgorithm] = fields;
  const signedAttrs = fields[3]?.tag === CONTEXT_0 ? fields[3] : undefined;
  const rest = fields.slice(signedAttrs ? 4 : 3);
  const [signatureAlgorithm, signature, unsignedAttrs, ...extra] = rest;
  if (!version || !sid || !digestAlgorithm || !signatureAlgorithm || signature?.tag !== OCTET_STRING)
    throw new CmsError('the SignerInfo is incomplete');
  if ((unsignedAttrs && unsignedAttrs.tag !== CONTEXT_1) || extra.length > 0) throw new CmsError('the SignerInfo has unexpected fields');
  // RFC 5652 5.3: version 1 names the certificate by issuer and serial number, version 3 by subject key identifier.
  const versionNumber = integerOf(der, version);
  if (!((versionNumber === 1 && sid.tag === SEQUENCE) || (versionNumber === 3 && sid.tag === SID_KEY_ID)))
    throw new CmsError("the SignerInfo's version does not match how it names its certificate");
  if (sid.tag === SEQUENCE) {
    const [issuer, serial, ...more] = children(der, sid);
    if (issuer?.tag !== SEQUENCE || serial?.tag !== INTEGER || more.length > 0)
      throw new CmsError("the SignerInfo's certificate name is malformed");
  }
  return {
    version: versionNumber,
    info: {
      sid,
      digestAlgorithm: strictAlgorithm(der, digestAlgorithm),
      ...(signedAttrs ? { signedAttrs } : {}),
      signed: signedAttrs ? attributes(der, signedAttrs) : new Map(),
      signatureAlgorithm: strictAlgorithm(der, signatureAlgorithm),
      signature: Buffer.from(content(der, signature)),
      unsigned: unsignedAttrs ? attributes(der, unsignedAttrs) : new Map(),
    },
  };
}

/** The OID of an AlgorithmIdentifier. */
export const algorithmOf = (der: Uint8Array, node: DerNode) => oidOf(der, children(der, node)[0]!);

/**
 * The OID of an AlgorithmIdentifier outside the signed attributes: a SEQUENCE of the OID and, for the digest and
 * signature algorithms this verifier accepts, parameters that are absent or NULL (RFC 5754, RFC 4055, RFC 5758).
 * Other algorithms keep their parameters: the checks after this one refuse them by name.
 */
function strictAlgorithm(der: Uint8Array, node: DerNode): string {
  const malformed = () => new CmsError('an algorithm identifier of the signature is malformed');
  if (node.tag !== SEQUENCE) throw malformed();
  const [algorithm, parameters, ...extra] = children(der, node);
  if (!algorithm || extra.length > 0) throw malformed();
  const oid = oidOf(der, algorithm);
  const accepted = oid in strongDigests || oid in signatureAlgorithms;
  if (accepted && parameters && (parameters.tag !== NULL || parameters.end !== parameters.contentStart)) throw malformed();
  return oid;
}

/** A small non-negative INTEGER (a version number), in its one DER form. */
function integerOf(der: Uint8Array, node: DerNode): number {
  const bytes = content(der, node);
  if (node.tag !== INTEGER || bytes.length !== 1 || bytes[0]! > 0x7f) throw new CmsError('a version number of the signature is malformed');
  return bytes[0]!;
}

/** Attributes by type. CMS allows each signed attribute once, with one value: anything else is refused. */
function attributes(der: Uint8Array, set: DerNode): Map<string, DerNode> {
  const out = new Map<string, DerNode>();
  for (const attribute of children(der, set)) {
    const [type, values, ...extra] = attribute.tag === SEQUENCE ? children(der, attribute) : [];
    if (!type || values?.tag !== SET || extra.length > 0) throw new CmsError('an attribute of the signature is malformed');
    const id = oidOf(der, type);
    const list = children(der, values);
    if (out.has(id) || list.length !== 1) throw new CmsError(`the signature attribute ${id} is repeated`);
    out.set(id, list[0]!);
  }
  return out;
}
