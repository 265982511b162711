/**
 * npm run bench: runs every *.bench.ts in this folder, one after the other, each in its own Node
 * process (so one benchmark's memory and JIT state do not colour the next one's numbers).
 * Benchmarks print their own tables; this runner only reports which ones failed to run. Flags
 * (`npm run bench -- --verbose`) are passed on to every benchmark.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOptions } from './options';

const here = fileURLToPath(new URL('.', import.meta.url));
const benchmarks = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

const flags = benchOptions(process.argv.slice(2)).verbose ? ['--verbose'] : [];
const failed: string[] = [];
for (const name of benchmarks) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, name), ...flags], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(name);
}

if (failed.length > 0) {
  console.error(`\nNicht durchgelaufen: ${failed.join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`\n${benchmarks.length} Benchmarks durchgelaufen.`);
}
