/**
 * npm run perf: builds, serves dist/ and measures what a parent with an old phone waits for, plus a
 * Lighthouse mobile run. Writes .tmp/perf/perf-<time>.json (and latest.json) and prints a table to
 * paste into the README's "Performance" section. A benchmark, not a test: it reports, it never fails
 * on a missed target.
 *
 * Usage: npm run perf [-- --runs 5] [-- --no-build] [-- --no-lighthouse] [-- --against DIR] [-- --services 2000,5000]
 *
 * --against DIR: also serves another build (a dist/ folder made from another commit) and measures
 * both in alternating runs; prints the medians side by side. The way to tell whether a change made
 * the app faster on a machine whose speed drifts from one minute to the next.
 *
 * --services N[,N…]: instead, measures the search and results pages with a realistic directory of
 * that many services (scale-run.ts); with --trace, also records a Chromium trace of each of those cold
 * starts (.tmp/perf/trace-*.json) and prints its main-thread tasks (trace-summary.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { CATEGORIES, runLighthouse, type LighthouseResult } from './lighthouse-run';
import { perfOptions } from './options';
import { runScale } from './scale-run';
import { PHONE_PROFILE } from './phone-profile';
import { comparisonTable, median, table, type Measurement } from './report';
import { measureScenarios, type ScenarioResults } from './scenarios';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

function build(): void {
  console.log('Building (vite build) …');
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--configLoader', 'runner'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('The build failed; nothing was measured.');
    process.exit(1);
  }
}

async function serve(outDir: string) {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

function scenarioMeasurements(scenarios: ScenarioResults): Measurement[] {
  return [
    {
      name: 'First visit → first question',
      runs: scenarios.firstVisit,
      unit: 'ms',
      note: 'nothing cached, slow 4G; the directory downloads meanwhile',
    },
    {
      name: 'Offline cold start → first question',
      runs: scenarios.offlineColdStart,
      unit: 'ms',
      target: 500,
      note: 'browser restarted, no network; the question is in the page (DOM)',
    },
    {
      name: 'Offline cold start → question painted',
      runs: scenarios.offlineColdStartPainted,
      unit: 'ms',
      note: 'the same starts until the frame that shows the question (Element Timing): what the parent sees',
    },
    {
      name: 'Offline cold start → HTML parsed',
      runs: scenarios.offlineColdStartParsed,
      unit: 'ms',
      note: 'the same starts until the browser has parsed the page (domInteractive): its own share of the wait',
    },
    {
      name: 'Last answer → results shown',
      runs: scenarios.lastAnswerToResults,
      unit: 'ms',
      target: 100,
      note: 'offline',
    },
    {
      name: 'Home-screen icon, offline → start screen',
      runs: scenarios.homeColdStart,
      unit: 'ms',
      note: 'browser restarted, no network, /?source=pwa: the start screen is drawn by the app code (no ready page yet)',
    },
    {
      name: 'Home-screen icon, offline → start screen painted',
      runs: scenarios.homeColdStartPainted,
      unit: 'ms',
      note: 'the same starts until the frame that shows its heading',
    },
  ];
}

async function main(): Promise<void> {
  const { runs, against, services, trace, ...steps } = perfOptions(process.argv.slice(2));
  if (against !== undefined && !existsSync(join(resolve(against), 'index.html'))) {
    console.error(`--against ${against}: no build there (index.html missing); make one with npm run build.`);
    process.exit(1);
  }
  if (steps.build) build();
  if (services !== undefined) {
    await runScale(ROOT, services, runs, serve, against === undefined ? undefined : resolve(against), trace);
    return;
  }
  const servers = [await serve(join(ROOT, 'dist'))];
  if (against !== undefined) servers.push(await serve(resolve(against)));
  const profile = `${PHONE_PROFILE.cpuSlowdown}× CPU, ${PHONE_PROFILE.latencyMs} ms RTT, ${PHONE_PROFILE.downloadKbps / 1000} Mbps down`;
  let lighthouse: LighthouseResult | undefined;
  try {
    console.log(`Measuring ${runs} runs with the phone profile (${profile}) …`);
    const [scenarios, otherScenarios] = await measureScenarios(
      servers.map((server) => server.url),
      runs,
      console.log,
    );
    if (steps.lighthouse) {
      console.log('Lighthouse (mobile) …');
      lighthouse = await runLighthouse(`${servers[0]!.url}/`);
    }
    const scenarioRows = scenarioMeasurements(scenarios!);
    const measurements: Measurement[] = [
      ...scenarioRows,
      ...CATEGORIES.map((category): Measurement => ({
        name: `Lighthouse ${category}`,
        runs: lighthouse ? [lighthouse.scores[category]] : [],
        unit: 'score',
        target: category === 'performance' ? 0.95 : 1,
        ...(lighthouse && lighthouse.failing[category].length > 0
          ? {
              note: lighthouse.failing[category]
                .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
                .join(', '),
            }
          : {}),
      })),
    ];
    const report = {
      measuredAt: new Date().toISOString(),
      profile: PHONE_PROFILE,
      runs,
      medians: Object.fromEntries(measurements.map((m) => [m.name, median(m.runs)])),
      scenarios,
      lighthouse,
      ...(otherScenarios ? { against: { build: resolve(against!), scenarios: otherScenarios } } : {}),
    };
    const dir = join(ROOT, '.tmp/perf');
    await mkdir(dir, { recursive: true });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    await writeFile(join(dir, `perf-${report.measuredAt.replace(/[:.]/g, '-')}.json`), json);
    await writeFile(join(dir, 'latest.json'), json);
    console.log('');
    console.log(table(measurements));
    if (otherScenarios) {
      console.log(`\nAlternating runs against ${against}:\n`);
      console.log(comparisonTable(scenarioRows, scenarioMeasurements(otherScenarios), against!));
    }
    if (lighthouse)
      console.log(
        `\nLighthouse metrics: ${Object.entries(lighthouse.metrics)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    console.log(`\nWritten: .tmp/perf/latest.json`);
  } finally {
    for (const server of servers) await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
