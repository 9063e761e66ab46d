// The worker thread of prefetch.ts: lists the content folder as the loader does and sends back the bytes of every
// content file. Files of other kinds are left to the loader (it only reports them), and so are files too large to be
// content, which body limits refuse anyway.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { listEntries } from './files.ts';

const CONTENT_FILE = /\.(?:ya?ml|mdx)$/;
const LARGEST = 1 << 20;

const { dir } = workerData as { dir: string };
const files: [string, Uint8Array][] = [];
for (const relative of listEntries(dir).files) {
  if (!CONTENT_FILE.test(relative)) continue;
  const path = join(dir, relative);
  try {
    const bytes = readFileSync(path);
    if (bytes.length <= LARGEST) files.push([relative, bytes]);
  } catch {
    // Gone or unreadable since it was listed: the loader will say so when it reads it.
  }
}
// One buffer for all files, handed over rather than copied: cloning thousands of small buffers into the main thread
// would cost it the time the read-ahead saves.
const all = new Uint8Array(files.reduce((sum, [, bytes]) => sum + bytes.length, 0));
const index: [string, number, number][] = [];
let at = 0;
for (const [relative, bytes] of files) {
  all.set(bytes, at);
  index.push([relative, at, bytes.length]);
  at += bytes.length;
}
parentPort!.postMessage({ buffer: all.buffer, index }, [all.buffer]);
