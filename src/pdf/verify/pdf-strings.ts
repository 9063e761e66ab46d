/**
 * Decodes a PDF string token, literal `(...)` or hex `<...>`, to text: UTF-16BE when it starts with the byte
 * order mark, else PDFDocEncoding (read as Latin-1, which agrees with it for every character we write).
 */
export function decodePdfString(token: string): string {
  let bytes: Buffer;
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
  } else {
    bytes = Buffer.from(unescapeLiteral(token.slice(1, -1)), 'latin1');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2));
    body.swap16();
    return body.toString('utf16le');
  }
  return bytes.toString('latin1');
}

function unescapeLiteral(value: string): string {
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
  return value.replace(/\\([nrtbf()\\]|[0-7]{1,3}|\r?\n)/g, (_, code: string) => {
    if (code in simple) return simple[code]!;
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(Number.parseInt(code, 8));
    return '';
  });
}

/** A PDF date ("D:20250301120000Z", "D:20250301140000+02'00'") as ISO 8601 UTC. */
export function parsePdfDate(value: string): string | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Z+-])?(\d{2})?'?(\d{2})?'?/.exec(value);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone, zh = '00', zm = '00'] = m;
  const offset = zone === '+' || zone === '-' ? `${zone}${zh}:${zm}` : 'Z';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\.000Z$/, 'Z');
}
