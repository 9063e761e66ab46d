import { readFileSync, readdirSync } from 'node:fs';
const dir = '/tmp/answers-prof';
const prof = JSON.parse(readFileSync(`${dir}/${readdirSync(dir)[0]}`, 'utf8'));
const self = new Map<number, number>();
const dt = prof.timeDeltas as number[];
prof.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const byFile = new Map<string, number>();
for (const node of prof.nodes) {
  const url = (node.callFrame.url as string).replace(/^.*\/(node_modules\/[^/]+|src\/[^?]+)(\/.*)?$/, '$1') || node.callFrame.functionName || '(native)';
  byFile.set(url, (byFile.get(url) ?? 0) + (self.get(node.id) ?? 0));
}
const total = [...byFile.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log((v / 1000).toFixed(0).padStart(6), k);
