import { execFileSync, spawnSync } from 'node:child_process';

/** Runs a poppler or qpdf tool and returns its output. pdfsig exits 0 even on a bad signature: read the text. */
export function tool(name: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(name, args, { encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** pdftotext output with line breaks and runs of spaces folded into single spaces. */
export function extractText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
