import forge from 'node-forge';

/** Small builders over node-forge's ASN.1 for the structures the signer writes (CMS, RFC 3161 requests). */
const { asn1 } = forge;
export type Asn1 = forge.asn1.Asn1;

export const seq = (items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
export const set = (items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
export const oid = (id: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
export const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
/** An INTEGER from big-endian bytes (kept positive: a leading zero byte when the top bit is set). */
export const bigInt = (bytes: Buffer) =>
  asn1.create(
    asn1.Class.UNIVERSAL,
    asn1.Type.INTEGER,
    false,
    Buffer.concat([bytes[0]! & 0x80 ? Buffer.of(0) : Buffer.alloc(0), bytes]).toString('binary'),
  );
export const bool = (value: boolean) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BOOLEAN, false, value ? '\xff' : '\x00');
export const octets = (bytes: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
export const nul = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
export const tagged = (n: number, items: Asn1[]) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, n, true, items);
export const fromDer = (bytes: Buffer) => asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')));
export const toDer = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
export const attribute = (type: string, value: Asn1) => seq([oid(type), set([value])]);
