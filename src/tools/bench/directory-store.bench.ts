/**
 * npm run bench: stores and loads a synthetic directory of 10,000 services through the real storage
 * code (IndexedDB via fake-indexeddb under Node) and prints median and p95 times. A benchmark, not a
 * test: it never fails on slow numbers. fake-indexeddb is slower than a phone's IndexedDB for writes
 * and faster for nothing, so read the numbers as an upper bound for the code's own cost.
 *
 * Usage: npm run bench [-- services runs]   (defaults: 10000 services, 7 runs)
 */
import 'fake-indexeddb/auto';
import { openIdbStore } from '../../storage/idb-store';
import { benchOptions } from './options';
import { syntheticDirectory } from './synthetic-directory';

const [servicesArg, runsArg] = benchOptions(process.argv.slice(2)).numbers;
const SERVICES = servicesArg ?? 10_000;
const RUNS = runsArg ?? 7;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;

async function main(): Promise<void> {
  const directory = syntheticDirectory({ services: SERVICES, version: 'bench-1' });
  const bytes = new TextEncoder().encode(JSON.stringify(directory)).byteLength;
  const info = { version: 'bench-1', sha256: '0'.repeat(64), bytes, fetchedAt: Date.now() };
  const times = { store: [] as number[], load: [] as number[] };

  for (let run = 0; run < RUNS; run++) {
    const store = await openIdbStore({ name: `bench-${run}` });
    // The second write of each run replaces a full directory, as an update on a phone does.
    await store.replaceDirectory(directory, info);
    let start = performance.now();
    await store.replaceDirectory(directory, { ...info, version: `bench-${run}-b` });
    times.store.push(performance.now() - start);

    start = performance.now();
    const loaded = await store.loadDirectory();
    times.load.push(performance.now() - start);
    if (!loaded) throw new Error('Benchmark: the stored directory could not be read back');
    store.close();
  }

  console.log(
    `Directory storage benchmark: ${SERVICES} services (${(bytes / 1e6).toFixed(1)} MB JSON), ${RUNS} runs, fake-indexeddb`,
  );
  console.log(`                         median        p95`);
  for (const [name, values] of Object.entries({
    'store (atomic replace)': times.store,
    'load whole directory': times.load,
  })) {
    console.log(`  ${name.padEnd(22)} ${ms(percentile(values, 50))} ${ms(percentile(values, 95))}`);
  }
}

main().catch((error: unknown) => {
  console.error('Benchmark failed:', error);
  (globalThis as { process?: { exitCode?: number } }).process!.exitCode = 1;
});
