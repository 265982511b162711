/**
 * The app's mark in the header, drawn inline like public/icon.svg (the source of the app icons):
 * an <img> would be one more file to fetch and an SVG document for the browser to build before the
 * first paint.
 */
export function BrandMark() {
  return (
    <svg width={32} height={32} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" fill="#0b5c73" />
      <g fill="#fff">
        <circle cx="190" cy="170" r="26" />
        <path d="M152 300v-70a38 38 0 0 1 76 0v70z" />
        <circle cx="322" cy="170" r="26" />
        <path d="M284 300v-70a38 38 0 0 1 76 0v70z" />
        <circle cx="256" cy="222" r="19" />
        <path d="M230 300v-32a26 26 0 0 1 52 0v32z" />
        <rect x="112" y="296" width="288" height="22" rx="11" />
      </g>
      <path d="M132 396Q256 262 380 396" fill="none" stroke="#fff" stroke-width="20" stroke-linecap="round" />
      <path d="M200 318v22M312 318v22" fill="none" stroke="#fff" stroke-width="12" stroke-linecap="round" />
    </svg>
  );
}
