/**
 * `npm run perf -- --services N --trace`: a Chromium trace of each measured cold start, and what it
 * says in a few lines: the page's main-thread tasks from the navigation until the first card was
 * painted (when each started, how long it ran, what ran inside it) and the longest tasks overall.
 * The trace itself is written next to the figures (open it in Chromium's Performance panel).
 */
import type { CDPSession } from 'playwright-core';

/** What the Performance panel records, plus IndexedDB's own events. */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'IndexedDB',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    for (const event of message.value) events.push(event as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Events that say what a task did (the longest one inside a task names it). */
const DESCRIBES = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'XHRReadyStateChange',
  'ParseAuthorStyleSheet',
  'ResourceReceivedData',
  'HandlePostMessage',
]);

/** A short label for what ran inside a task: the script, function or browser work that took longest in it. */
function label(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  const url = typeof data['url'] === 'string' ? data['url'].replace(/^.*\//, '') : '';
  const fn = typeof data['functionName'] === 'string' ? data['functionName'] : '';
  if (event.name === 'FunctionCall') return `call ${fn || '(anonymous)'} ${url}`.trim();
  if (event.name === 'EvaluateScript' || event.name === 'v8.compileModule' || event.name === 'v8.compile')
    return `${event.name} ${url}`.trim();
  if (event.name === 'TimerFire' || event.name === 'FireIdleCallback' || event.name === 'EventDispatch')
    return `${event.name}${typeof data['type'] === 'string' ? ` ${data['type']}` : ''}`;
  return event.name;
}

interface Task {
  start: number;
  dur: number;
  inside: string;
}

function mainThreads(events: readonly TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain') {
      threads.add(`${event.pid}:${event.tid}`);
    }
  }
  return threads;
}

/** The page's main thread: the renderer main thread that ran the most script. */
function pageThread(events: readonly TraceEvent[]): string | undefined {
  const threads = mainThreads(events);
  const busy = new Map<string, number>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (threads.has(key) && event.name === 'FunctionCall') busy.set(key, (busy.get(key) ?? 0) + (event.dur ?? 0));
  }
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The tasks of the page's main thread, from `origin` (µs), with their longest inner event. */
function tasksOf(events: readonly TraceEvent[], thread: string, origin: number): Task[] {
  const onThread = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  let current: { event: TraceEvent; best?: TraceEvent } | undefined;
  for (const event of onThread) {
    if (TASK.has(event.name) && (!current || event.ts >= current.event.ts + current.event.dur!)) {
      if (current) tasks.push(toTask(current, origin));
      current = { event };
    } else if (current && event.ts < current.event.ts + current.event.dur! && DESCRIBES.has(event.name)) {
      // The longest descriptive event inside the task names it.
      if (!current.best || event.dur! > current.best.dur!) current.best = event;
    }
  }
  if (current) tasks.push(toTask(current, origin));
  return tasks;
}

function toTask({ event, best }: { event: TraceEvent; best?: TraceEvent }, origin: number): Task {
  return { start: (event.ts - origin) / 1000, dur: event.dur! / 1000, inside: best ? label(best) : '' };
}

/** A few lines about one cold start: tasks over `minMs` up to `untilMs` after the navigation, and the longest ones. */
export function summarizeTrace(events: readonly TraceEvent[], untilMs: number, minMs = 8): string[] {
  const thread = pageThread(events);
  if (!thread) return ['  (no page main thread in the trace)'];
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => b.ts - a.ts)[0];
  const origin = navigation?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const tasks = tasksOf(events, thread, origin);
  const busy = tasks.filter((t) => t.start >= 0 && t.start <= untilMs).reduce((sum, t) => sum + t.dur, 0);
  const lines = [
    `  main thread busy ${Math.round(busy)} ms of the first ${Math.round(untilMs)} ms; tasks ≥ ${minMs} ms:`,
  ];
  for (const task of tasks) {
    if (task.start < 0 || task.start > untilMs || task.dur < minMs) continue;
    lines.push(`    ${String(Math.round(task.start)).padStart(5)} ms +${Math.round(task.dur)} ms  ${task.inside}`);
  }
  const longest = [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 3);
  lines.push(
    `  longest: ${longest.map((t) => `${Math.round(t.dur)} ms at ${Math.round(t.start)} ms (${t.inside})`).join('; ')}`,
  );
  return lines;
}
