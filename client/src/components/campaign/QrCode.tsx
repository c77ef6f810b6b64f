import { useMemo } from 'react';
import { qrRuns } from './qrCode';

/** A QR code drawn as SVG rects: no canvas or data: URL, which the page's CSP would refuse. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, runs } = useMemo(() => qrRuns(text), [text]);
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      focusable="false"
    >
      {/* Black on white in either colour scheme: phone cameras read dark modules on a light ground. */}
      <rect width={size} height={size} fill="#ffffff" />
      <g fill="#000000">
        {runs.map((r) => (
          <rect key={`${r.y}-${r.x}`} x={r.x} y={r.y} width={r.width} height={1} />
        ))}
      </g>
    </svg>
  );
}
