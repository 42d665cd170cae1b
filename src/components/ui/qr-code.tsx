import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code as inline SVG (no image request, nothing for the CSP to block). */
export function QrCode({ value, label, size = 168 }: { value: string; label: string; size?: number }) {
  const { path, count } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(value);
    qr.make();
    const n = qr.getModuleCount();
    let d = '';
    for (let row = 0; row < n; row += 1) {
      for (let col = 0; col < n; col += 1) if (qr.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
    }
    return { path: d, count: n };
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`-2 -2 ${count + 4} ${count + 4}`}
      className="rounded bg-white"
    >
      <path d={path} fill="#000" />
    </svg>
  );
}
