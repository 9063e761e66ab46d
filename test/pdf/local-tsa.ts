import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A time-stamping authority on localhost for the tests: `openssl ts -reply` behind a node:http responder. */
export interface LocalTsa {
  url: string;
  /** The test CA that issued the authority's certificate, as a PEM file (for `--trust`). */
  caFile: string;
  /** Replies the authority sent, in order. */
  replies: Buffer[];
  close(): Promise<void>;
}

/**
 * Makes a throwaway CA and a time-stamping certificate (extended key usage timeStamping, critical) in `dir`, at
 * test time, and serves RFC 3161 replies from them. Never an outside service: the tests need no network.
 */
export async function startLocalTsa(dir: string): Promise<LocalTsa> {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  const key = (name: string) => ['-newkey', 'rsa:2048', '-nodes', '-keyout', at(`${name}.key`)];
  openssl(
    'req',
    '-x509',
    ...key('ca'),
    '-out',
    at('ca.crt'),
    '-days',
    '30',
    '-subj',
    '/CN=Test Time-Stamping Root CA/O=Tests only',
    ...['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
  );
  openssl('req', '-new', ...key('tsa'), '-out', at('tsa.csr'), '-subj', '/CN=Test Time-Stamping Authority/O=Tests only');
  writeFileSync(
    at('tsa.ext'),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=critical,timeStamping\n',
  );
  const ca = ['-CA', at('ca.crt'), '-CAkey', at('ca.key'), '-CAcreateserial'];
  openssl('x509', '-req', '-in', at('tsa.csr'), ...ca, '-out', at('tsa.crt'), '-days', '30', '-extfile', at('tsa.ext'));
  writeFileSync(at('serial'), '01\n');
  writeFileSync(
    at('tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = local',
      '[ local ]',
      `serial = ${at('serial')}`,
      `signer_cert = ${at('tsa.crt')}`,
      `certs = ${at('ca.crt')}`,
      `signer_key = ${at('tsa.key')}`,
      'signer_digest = sha256',
      'default_policy = 1.2.3.4.1',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );

  const replies: Buffer[] = [];
  let count = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const n = ++count;
      writeFileSync(at(`query-${n}.tsq`), Buffer.concat(chunks));
      run('openssl', ['ts', '-reply', '-config', at('tsa.cnf'), '-queryfile', at(`query-${n}.tsq`), '-out', at(`reply-${n}.tsr`)]).then(
        () => {
          const reply = readFileSync(at(`reply-${n}.tsr`));
          replies.push(reply);
          response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(reply);
        },
        (error: Error) => response.writeHead(500).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    caFile: at('ca.crt'),
    replies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
