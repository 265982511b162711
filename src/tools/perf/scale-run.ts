/**
 * `npm run perf -- --services 2000,5000`: for each size, a copy of the build with a realistic
 * directory of that many services (scaled-directory.ts), served and measured as a phone
 * (scale-scenarios.ts). Prints one table row per size (medians), the way the README shows them,
 * and writes .tmp/perf/scale-latest.json. With `--against DIR`, a copy of that build too, measured
 * in alternating runs (this build, that build, …) and printed as a second table.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { median } from './report';
import { measureScale, SCALE_PAGES, type PageSample, type ScaleSample } from './scale-scenarios';
import { scaledBuild } from './scaled-directory';

interface Server {
  url: string;
  close: () => Promise<void>;
}

const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;

function row(services: number, samples: readonly ScaleSample[]): string {
  const of = (page: keyof ScaleSample, key: keyof PageSample) => median(samples.map((s) => s[page][key]));
  return [
    services.toLocaleString('en'),
    `${ms(of('search', 'firstPaint'))} / ${ms(of('results', 'firstPaint'))}`,
    ms(of('search', 'cardPainted')),
    ms(of('results', 'cardPainted')),
    `${Math.round(Math.max(of('search', 'longestTask'), of('results', 'longestTask')))} ms`,
    `${of('search', 'heapMb').toFixed(0)} MB / ${of('results', 'heapMb').toFixed(0)} MB`,
    `${Math.round(of('search', 'domNodes')).toLocaleString('en')} / ${Math.round(of('results', 'domNodes')).toLocaleString('en')}`,
  ].join(' | ');
}

export async function runScale(
  root: string,
  sizes: readonly number[],
  runs: number,
  serve: (dir: string) => Promise<Server>,
  against?: string,
  trace = false,
): Promise<void> {
  const rows: string[] = [];
  const otherRows: string[] = [];
  const report: Record<string, unknown> = { measuredAt: new Date().toISOString(), runs, pages: SCALE_PAGES };
  for (const services of sizes) {
    console.log(`\n${services} services: publishing a copy of the build …`);
    const { dir, manifest } = await scaledBuild(root, join(root, 'dist'), services);
    const other = against === undefined ? undefined : await scaledBuild(root, against, services, 'against');
    console.log(
      `  directory.json ${(manifest.bytes / 1e6).toFixed(1)} MB, ${(manifest.gzipBytes / 1e6).toFixed(2)} MB gzip; measuring ${runs} runs …`,
    );
    const server = await serve(dir);
    const otherServer = other && (await serve(other.dir));
    try {
      const samples: ScaleSample[] = [];
      const otherSamples: ScaleSample[] = [];
      for (let run = 0; run < runs; run += 1) {
        const traceTo = (build: string) =>
          trace ? { dir: join(root, '.tmp/perf'), name: `${services}-${build}-run${run + 1}` } : undefined;
        samples.push(
          ...(await measureScale(server.url, 1, (line) => console.log(`${line} (this build)`), traceTo('this'))),
        );
        if (otherServer) {
          otherSamples.push(
            ...(await measureScale(
              otherServer.url,
              1,
              (line) => console.log(`${line} (${against})`),
              traceTo('against'),
            )),
          );
        }
      }
      rows.push(`| ${row(services, samples)} |`);
      if (otherServer) otherRows.push(`| ${row(services, otherSamples)} |`);
      report[services] = {
        manifest,
        samples,
        ...(otherServer ? { against: { build: against, samples: otherSamples } } : {}),
      };
    } finally {
      await server.close();
      await otherServer?.close();
    }
  }
  const out = join(root, '.tmp/perf');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'scale-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\nOffline cold starts, 4× CPU, medians of ${runs} (search "beratung"; results: Holzwickede, pregnancy):\n`,
  );
  const header =
    '| services | first paint, search / results | search: first card painted | results: first card painted | longest task | JS heap search / results | DOM nodes search / results |\n|---|---|---|---|---|---|---|';
  console.log(header);
  for (const line of rows) console.log(line);
  if (otherRows.length > 0) {
    console.log(`\nThe same for ${against} (alternating runs with the table above):\n`);
    console.log(header);
    for (const line of otherRows) console.log(line);
  }
  console.log(`\nWritten: .tmp/perf/scale-latest.json`);
}
