import { cpSync, existsSync, mkdirSync } from 'node:fs';

/** Copies a staged folder (the signed PDFs) into the site output. */
export function copyInto(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
}
