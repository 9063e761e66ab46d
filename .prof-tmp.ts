import { performance } from 'node:perf_hooks';
const t0 = performance.now();
const { loadProject } = await import('./src/content/project.ts');
const { validateProject } = await import('./src/rules/validate.ts');
const { buildDateFromEpoch } = await import('./src/content/build-date.ts');
const { runRuleList } = await import('./src/rules/rule.ts');
const { rules } = await import('./src/rules/index.ts');
const t1 = performance.now();
const dir = process.argv[2]!;
const p = loadProject({ root: dir, contentDir: 'content', buildDate: buildDateFromEpoch(1795737600) });
const t2 = performance.now();
const f = validateProject(p);
const t3 = performance.now();
console.log(`import ${(t1 - t0).toFixed(0)} load ${(t2 - t1).toFixed(0)} rules ${(t3 - t2).toFixed(0)} findings ${f.length}`);
const p2 = loadProject({ root: dir, contentDir: 'content', buildDate: buildDateFromEpoch(1795737600) });
for (const rule of rules) { const s = performance.now(); runRuleList([rule], p2.model); const e = performance.now() - s; if (e > 5) console.log(rule.id, e.toFixed(0)); }
