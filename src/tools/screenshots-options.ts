/** `npm run screenshots [-- --scale 1] [-- --out docs/screenshots]`. */
import { GERMAN, parseCommandLine, UsageError } from './command-line';

export interface ScreenshotOptions {
  /** Device pixels per CSS pixel, 1 to 3. */
  scale: number;
  /** The folder as given (relative to the repository), or undefined for the default. */
  out: string | undefined;
}

const OPTIONS = { scale: { type: 'string' }, out: { type: 'string' } } as const;

export function screenshotOptions(args: readonly string[]): ScreenshotOptions {
  const { values } = parseCommandLine(args, OPTIONS, GERMAN);
  const scale = Number(values.scale ?? 2);
  if (!Number.isFinite(scale) || scale < 1 || scale > 3)
    throw new UsageError('--scale: eine Zahl von 1 bis 3, z. B. --scale 2');
  return { scale, out: values.out };
}
