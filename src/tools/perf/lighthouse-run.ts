/**
 * One Lighthouse mobile run (its default: a Moto G Power on slow 4G, simulated) against the
 * production build, in Debian's Chromium started here with a DevTools port for Lighthouse to drive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './phone-profile';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  scores: Record<Category, number>;
  /** Audits that cost points, per category, so a miss can be explained. */
  failing: Record<Category, { id: string; title: string; score: number | null; displayValue?: string }[]>;
  metrics: Record<string, string | undefined>;
}

/** Starts Chromium with a DevTools port and resolves with the port once it listens. */
function startChromium(profileDir: string): Promise<{ port: number; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      chromiumPath(),
      [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, 'about:blank'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ port: Number(port), process: child });
    });
    child.once('exit', (code) => reject(new Error(`Chromium ended (code ${code}) before it listened:\n${output}`)));
    child.once('error', reject);
  });
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const profileDir = await mkdtemp(join(tmpdir(), 'bff-lighthouse-'));
  const browser = await startChromium(profileDir);
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {} as LighthouseResult['scores'];
    const failing = {} as LighthouseResult['failing'];
    for (const category of CATEGORIES) {
      const entry = lhr.categories[category];
      scores[category] = entry?.score ?? Number.NaN;
      failing[category] = (entry?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => ({
          id: audit.id,
          title: audit.title,
          score: audit.score,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        }));
    }
    const metric = (id: string) => lhr.audits[id]?.displayValue;
    return {
      scores,
      failing,
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        si: metric('speed-index'),
      },
    };
  } finally {
    browser.process.kill();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await rm(profileDir, { recursive: true, force: true });
  }
}
