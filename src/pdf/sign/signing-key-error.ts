/**
 * A signing problem the person running the build can fix; the message says how. Never contains key material. In a
 * file of its own so that commands which only map errors to exit codes (validate, diff) do not load node-forge.
 */
export class SigningKeyError extends Error {
  override name = 'SigningKeyError';
}
