import { createHash, randomBytes } from 'node:crypto';
import { children, content, readDer } from '../verify/der.ts';
import { parseSignedData } from '../verify/signed-data.ts';
import { parseTstInfo } from '../verify/timestamp.ts';
import { bigInt, bool, nul, octets, oid, seq, toDer } from './asn1.ts';
import { oids } from './oids.ts';
import { SigningKeyError } from './signing-key-error.ts';

/** The time-stamping authority could not be reached or gave no usable token; the message says which. */
export class TimestampError extends SigningKeyError {
  override name = 'TimestampError';
}

export interface TimestampOptions {
  /** The authority's RFC 3161 endpoint (SIGNING_TSA_URL). */
  url: string;
  /** How long to wait for the authority. */
  timeoutMs?: number;
}

/** An RFC 3161 TimeStampReq for a SHA-256 imprint, with a nonce, asking for the authority's certificate. */
export function timestampRequest(imprint: Buffer, nonce: Buffer): Buffer {
  return toDer(seq([bigInt(Buffer.of(1)), seq([seq([oid(oids.sha256), nul()]), octets(imprint)]), bigInt(nonce), bool(true)]));
}

/**
 * Asks the authority to time-stamp a signature value (PAdES B-T) and returns the token (a CMS ContentInfo) after
 * checking that it stamps this value and answers this request. The token's own signature and certificate are
 * checked by the verifier, as for any signed PDF.
 */
export async function requestTimestamp(signatureValue: Buffer, options: TimestampOptions): Promise<Buffer> {
  const where = printable(options.url);
  const imprint = createHash('sha256').update(signatureValue).digest();
  const nonce = randomBytes(8);
  nonce[0] = (nonce[0]! & 0x7f) | 0x01; // positive, and no leading zero byte: its DER encoding is these 8 bytes
  let reply: Buffer;
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
      body: new Uint8Array(timestampRequest(imprint, nonce)),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    if (!response.ok) throw new TimestampError(`time-stamping authority ${where} answered HTTP ${response.status}`);
    reply = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof TimestampError) throw error;
    throw new TimestampError(
      `time-stamping authority ${where} cannot be reached (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return tokenFrom(reply, imprint, nonce, where);
}

function tokenFrom(reply: Buffer, imprint: Buffer, nonce: Buffer, where: string): Buffer {
  try {
    const [status, token] = children(reply, readDer(reply));
    const code = content(reply, children(reply, status!)[0]!).readUIntBE(0, 1);
    if (code > 1) throw new TimestampError(`time-stamping authority ${where} refused the request (PKIStatus ${code})`);
    if (!token) throw new TimestampError(`time-stamping authority ${where} sent no token`);
    const der = Buffer.from(reply.subarray(token.start, token.end));
    const info = parseTstInfo(parseSignedData(der).eContent ?? Buffer.alloc(0));
    if (!info.imprint.equals(imprint) || info.imprintAlgorithm !== oids.sha256 || !info.nonce?.equals(nonce))
      throw new TimestampError(`time-stamping authority ${where} answered a different request`);
    return der;
  } catch (error) {
    if (error instanceof TimestampError) throw error;
    throw new TimestampError(`time-stamping authority ${where} sent an unreadable reply`);
  }
}

/** The URL without credentials, for messages. */
function printable(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
