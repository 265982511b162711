/**
 * A QR code drawn as SVG on the phone (uqr: a small, dependency-free encoder); nothing is fetched.
 * Always dark on white with a quiet zone of 4 modules, also in dark mode, so every camera reads it;
 * never mirrored in right-to-left layouts. Whole pixels per module keep the edges sharp for scanning.
 */
import { encode } from 'uqr';

export interface QrCodeProps {
  text: string;
  /** What the code holds, for screen readers ("QR-Code: Link zu 3 Kontakten"). */
  label: string;
  /** Longest side in CSS pixels, roughly; rounded to whole pixels per module. */
  target?: number;
}

/** One path for all dark modules: far fewer DOM nodes than a rect per module. */
export function modulesPath(data: readonly (readonly boolean[])[]): string {
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}

export function QrCode({ text, label, target = 264 }: QrCodeProps) {
  const qr = encode(text, { ecc: 'M', border: 4 });
  const scale = Math.max(2, Math.floor(target / qr.size));
  const pixels = qr.size * scale;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shape-rendering="crispEdges"
      dir="ltr"
    >
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={modulesPath(qr.data)} fill="#000000" />
    </svg>
  );
}
