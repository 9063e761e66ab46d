import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { loadSigner } from '../../src/pdf/sign/signer.ts';
import { SigningKeyError } from '../../src/pdf/sign/signing-key-error.ts';
import { type CertSpec, testKey } from './keys.ts';

// A build signs with the key it is given; `verify` then checks the certificate (valid at the signing time, allowed
// to sign, RSA 2048 or more, issued with SHA-256 or stronger). A key that check refuses must stop the build, not
// publish annexes every verifier calls invalid.
const dir = mkdtempSync(join(tmpdir(), 'pdf-key-fit-'));
const signingTime = new Date('2026-11-27T00:00:00Z');

/** A PKCS#12 file of a test key, as SIGNING_P12 would name it. */
function p12Of(name: string, spec: CertSpec): string {
  const key = testKey(spec);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key.forgeKey, [key.forgeCert], 'secret', { algorithm: '3des' });
  const path = join(dir, `${name}.p12`);
  writeFileSync(path, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  return path;
}

const load = (p12: string) =>
  loadSigner({ cacheDir: join(dir, '.cache'), signing: { p12, password: 'secret' }, release: false, organisation: 'X', signingTime });

describe('a signing key whose certificate verify would refuse', () => {
  const cases: [string, CertSpec, string][] = [
    [
      'not yet valid at the build date',
      { commonName: 'Too new', notBefore: new Date('2026-12-01T00:00:00Z') },
      "the signer's certificate was not valid at 2026-11-27T00:00:00Z (valid from 2026-12-01T00:00:00Z to 2049-12-31T23:59:59Z)",
    ],
    [
      'expired',
      { commonName: 'Expired', notAfter: new Date('2026-01-01T00:00:00Z') },
      "the signer's certificate was not valid at 2026-11-27T00:00:00Z (valid from 2000-01-01T00:00:00Z to 2026-01-01T00:00:00Z)",
    ],
    ['a 1024-bit RSA key', { commonName: 'Short', bits: 1024 }, "the signer's RSA key has 1024 bits; at least 2048 are required"],
    [
      'not allowed to sign',
      { commonName: 'Encipherment only', keyUsage: { keyCertSign: true } },
      "the signer's certificate may not sign documents (key usage has neither digitalSignature nor nonRepudiation)",
    ],
  ];
  for (const [name, spec, problem] of cases) {
    it(`stops the build when it is ${name}, in one line`, () => {
      const p12 = p12Of(name.replace(/\W+/g, '-'), spec);
      expect(() => load(p12)).toThrow(SigningKeyError);
      expect(() => load(p12)).toThrow(`SIGNING_P12 cannot sign documents that verify: ${problem}`);
    });
  }

  it('accepts a fit one', () => {
    expect(load(p12Of('fit', { commonName: 'Fit signer' })).commonName).toBe('Fit signer');
  });
});
