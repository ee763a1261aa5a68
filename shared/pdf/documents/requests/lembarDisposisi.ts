import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../format/date';
import { formatNip } from '../../../format/nip';
import { KECEPATAN, KECEPATAN_LABELS, SIFAT, SIFAT_LABELS } from '../../../requests/schema';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../../layout';
import { pageSizePoints } from '../../paper';
import { jabatanLine, SIGNATURE_ROOM } from '../../signatureBlock';
import {
  CELL_PAD_X,
  CELL_PAD_Y,
  checkboxSize,
  checkGrid,
  checkItem,
  dottedLines,
  fitText,
  formColumnWidths,
  formTableLayout,
  kopHeight,
  lineCount,
  linesHeight,
  pageFooter,
  RULE,
} from './common';
import type { LembarDisposisiRequest } from './requestDocs';

export const DISPOSISI_TITLE = 'LEMBAR DISPOSISI';
export const DISPOSISI_NAME = 'Lembar Disposisi';

const FS = 11;
const LH = 1.1;
const LINE = linesHeight(1, FS, LH);
const SHRINK = [FS, 10, 9, 8] as const;
const TITLE_FS = 14;
const LABEL = 112;
/** Room for the paraf: a wet signature's 20 mm, as the stamp may overlap it. */
const ROOM = SIGNATURE_ROOM;
const CATATAN_MIN = 70;
/** Two lines at the smallest size: what Catatan keeps when the page is full. */
const CATATAN_LEAST = linesHeight(2, 8, LH);
const CATATAN_MAX = 260;
const BLANK_STEP = 16;
const PAGE_SLACK = 8;

const rowHeight = (content: number) => content + 2 * CELL_PAD_Y + RULE;

interface Row {
  cells: TableCell[];
  height: number;
  minHeight?: number;
}

export function lembarDisposisiDefinition(req: LembarDisposisiRequest): TDocumentDefinitions {
  const d = req.data;
  const width = contentWidth(req.paper);
  const page = pageSizePoints(req.paper);
  const m = PORTRAIT_MARGINS;

  // Three columns: the label, the rest of the left half, the right half. The rows above
  // the split use the label and a value across the other two.
  const inner = width - 3 * 2 * CELL_PAD_X - 4 * RULE;
  const right = (inner + 2 * CELL_PAD_X + RULE) / 2;
  const widths = formColumnWidths(width, [LABEL, null, right]);
  const value = (widths[1] ?? 0) + right + 2 * CELL_PAD_X + RULE;
  const left = LABEL + (widths[1] ?? 0) + 2 * CELL_PAD_X + RULE;

  const valueRow = (label: string, text: string, maxLines = 2): Row => {
    const fit = fitText(text.trim() === '' ? '-' : text, {
      width: value,
      maxHeight: maxLines * LINE,
      sizes: SHRINK,
      lineHeight: LH,
    });
    return {
      cells: [{ text: label }, { text: fit.text, fontSize: fit.fontSize, colSpan: 2 }, {}],
      height: rowHeight(
        Math.max(lineCount(label, LABEL, FS) * LINE, linesHeight(fit.lines, fit.fontSize, LH)),
      ),
    };
  };
  const checkRow = <K extends string>(
    label: string,
    keys: readonly K[],
    labels: Record<K, string>,
    chosen: K,
  ): Row => ({
    cells: [
      { text: label },
      {
        stack: [
          checkGrid(
            keys.map((k) => ({ label: labels[k], checked: k === chosen })),
            keys.length,
            value,
            FS,
          ),
        ],
        colSpan: 2,
      },
      {},
    ],
    height: rowHeight(LINE),
  });

  const top: Row[] = [
    valueRow('Surat dari', d.suratDari),
    valueRow('Nomor surat', d.nomorSurat),
    valueRow('Tanggal surat', d.tanggalSurat ? formatTanggal(new Date(d.tanggalSurat)) : '-', 1),
    valueRow('Diterima tanggal', formatTanggal(new Date(d.diterimaTanggal)), 1),
    valueRow('Nomor agenda', d.nomorAgenda, 1),
    checkRow('Sifat', SIFAT, SIFAT_LABELS, d.sifat),
    checkRow('Kecepatan', KECEPATAN, KECEPATAN_LABELS, d.kecepatan),
  ];
  // Hal takes up to six lines, fewer on a page too short for the paraf's 20 mm and them.
  const hal = [6, 4, 3, 2].map((lines) => valueRow('Hal', d.hal, lines));

  // Diteruskan kepada | Dengan hormat harap: set smaller when long, so Catatan keeps its room.
  const splitRow = (size: number, maxItemLines: number | null): Row => {
    const line = linesHeight(1, size, LH);
    /** An item as it is printed at this size: whole, or cut to `maxItemLines` lines. */
    const item = (text: string, width: number, bold: boolean) => {
      if (maxItemLines === null) return { text, lines: lineCount(text, width, size, bold) };
      const fit = fitText(text, {
        width,
        maxHeight: linesHeight(maxItemLines, size, LH),
        sizes: [size],
        lineHeight: LH,
        bold,
      });
      return { text: fit.text, lines: fit.lines };
    };
    const listWidth = left - 2 * CELL_PAD_X - 2 * size;
    const items = d.diteruskanKepada.map((r) => item(r, listWidth, false));
    const recipients: Content =
      items.length > 0
        ? { ol: items.map((i) => ({ text: i.text })), fontSize: size, margin: [0, 2, 0, 0] }
        : dottedLines(3, left - 2 * CELL_PAD_X, BLANK_STEP, FS);
    const recipientsHeight =
      items.length > 0 ? 2 + items.reduce((sum, i) => sum + i.lines * line, 0) : 3 * BLANK_STEP;
    const petunjukWidth = right - 2 * CELL_PAD_X - checkboxSize(size) - 4;
    const options = d.petunjukPilihan.map((p) => ({
      ...item(p, petunjukWidth, true),
      checked: d.petunjukDipilih.includes(p),
    }));
    const petunjuk: Content = {
      stack: options.map((o) => checkItem({ label: o.text, checked: o.checked }, size)),
      margin: [0, 2, 0, 0],
    };
    const petunjukHeight = 2 + options.reduce((sum, o) => sum + o.lines * line, 0);
    return {
      cells: [
        { stack: [{ text: 'Diteruskan kepada:', bold: true }, recipients], colSpan: 2 },
        {},
        { stack: [{ text: 'Dengan hormat harap:', bold: true }, petunjuk] },
      ],
      height: rowHeight(LINE + Math.max(recipientsHeight, petunjukHeight)),
    };
  };

  // Paraf and date of the disposition.
  const pemberi = d.pemberi;
  const parafLines =
    1 +
    lineCount(jabatanLine(pemberi), right - 2 * CELL_PAD_X, FS) +
    lineCount(pemberi.nama, right - 2 * CELL_PAD_X, FS, true);
  const paraf: Row = {
    cells: [
      {
        table: {
          widths: [92, 6, '*'],
          body: [['Tanggal disposisi', ':', formatTanggal(new Date(d.tanggalDisposisi))]],
        },
        layout: 'noBorders',
        colSpan: 2,
      },
      {},
      {
        stack: [
          { text: 'Paraf', bold: true },
          { text: jabatanLine(pemberi) },
          { text: pemberi.nama, bold: true, decoration: 'underline', margin: [0, ROOM, 0, 0] },
          ...(pemberi.nip ? [{ text: `NIP. ${formatNip(pemberi.nip)}` }] : []),
        ],
        alignment: 'center',
      },
    ],
    height: rowHeight((parafLines + (pemberi.nip ? 1 : 0)) * LINE + ROOM),
  };

  // The split row shrinks until Catatan keeps its least room; Catatan then takes the room
  // left, within bounds, and a long note shrinks, then is cut.
  const titleHeight = linesHeight(1, TITLE_FS, 1.15) + 8;
  const smallest = SHRINK[SHRINK.length - 1] ?? FS;
  const availableWith = (halRow: Row) =>
    page.height -
    m.top -
    m.bottom -
    PAGE_SLACK -
    (kopHeight(req.office, width) +
      titleHeight +
      [...top, halRow, paraf].reduce((sum, r) => sum + r.height, 0) +
      rowHeight(LINE) +
      RULE);
  const leastSplit = splitRow(smallest, 1).height;
  const halRow =
    hal.find((r) => availableWith(r) - leastSplit >= CATATAN_LEAST) ?? hal[hal.length - 1];
  if (!halRow) throw new Error('Hal row missing');
  top.push(halRow);
  const available = availableWith(halRow);
  const candidates = [
    ...SHRINK.map((size) => () => splitRow(size, null)),
    () => splitRow(smallest, 2),
    () => splitRow(smallest, 1),
  ];
  let split = splitRow(FS, null);
  for (const candidate of candidates) {
    split = candidate();
    if (split.height + CATATAN_MIN <= available) break;
  }
  const room = available - split.height;
  // Below its least room only when even the smallest split row leaves no more.
  const catatanHeight = Math.min(
    CATATAN_MAX,
    Math.max(CATATAN_MIN, room),
    Math.max(room, CATATAN_LEAST),
  );
  const catatanText = d.catatan.trim();
  const catatanFit = catatanText
    ? fitText(catatanText, {
        width: width - 2 * CELL_PAD_X - 2 * RULE,
        maxHeight: catatanHeight,
        sizes: SHRINK,
        lineHeight: LH,
      })
    : null;
  const catatan: Row = {
    cells: [
      {
        stack: [
          { text: 'Catatan:', bold: true },
          catatanFit
            ? { text: catatanFit.text, fontSize: catatanFit.fontSize, alignment: 'justify' }
            : { text: '' },
        ],
        colSpan: 3,
      },
      {},
      {},
    ],
    height: rowHeight(LINE + catatanHeight),
    minHeight: rowHeight(LINE + catatanHeight),
  };

  const rows = [...top, split, catatan, paraf];
  const content: Content[] = [
    kopSurat(req.office, width),
    {
      text: DISPOSISI_TITLE,
      bold: true,
      alignment: 'center',
      fontSize: TITLE_FS,
      lineHeight: 1.15,
      margin: [0, 0, 0, 8],
    },
    {
      table: {
        widths,
        body: rows.map((r) => r.cells),
        heights: (i: number) => rows[i]?.minHeight ?? 'auto',
        dontBreakRows: true,
      },
      layout: formTableLayout,
      fontSize: FS,
      lineHeight: LH,
    },
  ];

  const name = d.nomorAgenda ? `${DISPOSISI_NAME} ${d.nomorAgenda}` : DISPOSISI_NAME;
  return {
    pageSize: page,
    pageOrientation: 'portrait',
    pageMargins: marginsArray(m),
    info: { title: name, creator: 'Meja TI', producer: 'Meja TI' },
    defaultStyle: { font: SERIF, fontSize: 12, lineHeight: 1.15 },
    content,
    footer: pageFooter(name, m),
  };
}
