/**
 * Files a user might attach, made in the test: a one-page PDF that pdf.js draws, a photo,
 * and the bad ones (cut short, too large, not a document).
 */

/** A one-page PDF with `text` on it, its cross-reference table at the right offsets. */
export function onePagePdf(text: string): Buffer {
  const content = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A PDF cut short: its end marker never came. */
export function cutShortPdf(text: string): Buffer {
  const whole = onePagePdf(text);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** A file over the 20 MB limit that starts as a PDF. */
export function oversizedPdf(): Buffer {
  const bytes = Buffer.alloc(20 * 1024 * 1024 + 1024, 0x20);
  bytes.write('%PDF-1.4\n', 0, 'latin1');
  bytes.write('%%EOF\n', bytes.length - 6, 'latin1');
  return bytes;
}
