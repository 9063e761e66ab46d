import { oids } from '../sign/oids.ts';
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

const OCTET_STRING = 0x04;
const SEQUENCE = 0x30;
const CONTEXT_0 = 0xa0;
const CONTEXT_1 = 0xa1;

/** Parses a ContentInfo holding a SignedData. Throws CmsError (or DerError for broken DER) on anything else. */
export function parseSignedData(input: Uint8Array): SignedData {
  const der = Buffer.from(input);
  const root = readDer(der);
  if (root.end !== der.length) throw new CmsError('the signature has data after its CMS structure');
  const [type, explicit] = children(der, root);
  if (!type || !explicit || explicit.tag !== CONTEXT_0 || oidOf(der, type) !== oids.signedData)
    throw new CmsError('the signature is not a CMS SignedData');
  const signedData = children(der, explicit)[0];
  if (!signedData || signedData.tag !== SEQUENCE) throw new CmsError('the signature is not a CMS SignedData');
  const parts = children(der, signedData);
  const encap = parts[2];
  if (!encap || encap.tag !== SEQUENCE) throw new CmsError('the SignedData has no content type');
  const [eType, eWrapper] = children(der, encap);
  const eOctets = eWrapper ? children(der, eWrapper)[0] : undefined;
  if (eOctets && eOctets.tag !== OCTET_STRING) throw new CmsError('the SignedData content is not an OCTET STRING');
  const certificates = parts
    .filter((p) => p.tag === CONTEXT_0)
    .flatMap((p) => children(der, p))
    .map((cert) => Buffer.from(whole(der, cert)));
  const signerInfos = children(der, parts[parts.length - 1]!);
  if (signerInfos.length !== 1) throw new CmsError(`the signature has ${signerInfos.length} signers instead of one`);
  return {
    der,
    certificates,
    eContentType: oidOf(der, eType!),
    ...(eOctets ? { eContent: Buffer.from(content(der, eOctets)) } : {}),
    signer: parseSignerInfo(der, signerInfos[0]!),
  };
}

function parseSignerInfo(der: Buffer, node: DerNode): SignerInfo {
  const fields = children(der, node);
  const [, sid, digestAlgorithm] = fields;
  const signedAttrs = fields[3]?.tag === CONTEXT_0 ? fields[3] : undefined;
  const rest = fields.slice(signedAttrs ? 4 : 3);
  const [signatureAlgorithm, signature, unsignedAttrs] = rest;
  if (!sid || !digestAlgorithm || !signatureAlgorithm || signature?.tag !== OCTET_STRING)
    throw new CmsError('the SignerInfo is incomplete');
  if (unsignedAttrs && unsignedAttrs.tag !== CONTEXT_1) throw new CmsError('the SignerInfo has unexpected fields');
  return {
    sid,
    digestAlgorithm: algorithmOf(der, digestAlgorithm),
    ...(signedAttrs ? { signedAttrs } : {}),
    signed: signedAttrs ? attributes(der, signedAttrs) : new Map(),
    signatureAlgorithm: algorithmOf(der, signatureAlgorithm),
    signature: Buffer.from(content(der, signature)),
    unsigned: unsignedAttrs ? attributes(der, unsignedAttrs) : new Map(),
  };
}

/** The OID of an AlgorithmIdentifier. */
export const algorithmOf = (der: Uint8Array, node: DerNode) => oidOf(der, children(der, node)[0]!);

/** Attributes by type. CMS allows each signed attribute once, with one value: anything else is refused. */
function attributes(der: Uint8Array, set: DerNode): Map<string, DerNode> {
  const out = new Map<string, DerNode>();
  for (const attribute of children(der, set)) {
    const [type, values] = children(der, attribute);
    if (!type || !values) throw new CmsError('an attribute of the signature is malformed');
    const id = oidOf(der, type);
    const list = children(der, values);
    if (out.has(id) || list.length !== 1) throw new CmsError(`the signature attribute ${id} is repeated`);
    out.set(id, list[0]!);
  }
  return out;
}
