import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  formatHariTanggal,
  formatJam,
  formatTanggal,
  formatTempatTanggal,
} from '../../../format/date';
import { formatNip } from '../../../format/nip';
import type { Office } from '../../../office/office';
import {
  DEFAULT_CATEGORIES,
  LEVEL_LABELS,
  LEVELS,
  SALURAN,
  SALURAN_LABELS,
} from '../../../requests/schema';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../../layout';
import { pageSizePoints } from '../../paper';
import { jabatanLine, SIGNATURE_ROOM } from '../../signatureBlock';
import type { Signer } from '../../signer';
import {
  CELL_PAD_X,
  CELL_PAD_Y,
  checkGrid,
  dottedLines,
  fitText,
  formColumnWidths,
  formTableLayout,
  gridLayout,
  kopHeight,
  lineCount,
  linesHeight,
  pageFooter,
  RULE,
} from './common';
import type { FormulirData, FormulirPermintaanRequest } from './requestDocs';

export const FORMULIR_TITLE = 'FORMULIR PERMINTAAN LAYANAN TEKNOLOGI INFORMASI';
export const FORMULIR_NAME = 'Formulir Permintaan Layanan TI';
export const PETUGAS_HEADING = 'DIISI OLEH PETUGAS TI';
export const KONFIRMASI_TEXT = 'Konfirmasi pemohon: layanan telah diterima dengan baik.';
/** Jabatan over the "Mengetahui" block when the request names no Kasubag. */
export const KASUBAG_DEFAULT = 'Kasubag PTIP';

/**
 * The form is set smaller than a letter so that it always fits one sheet. The body size
 * is the first of these at which everything but the uraian leaves the uraian some room;
 * only very long names, jabatan and findings push it below the first.
 */
export const FORMULIR_BODY_SIZES = [10.5, 10, 9.5, 9] as const;
/** The least size free text shrinks to before it is cut with "…". */
const SMALLEST = 7.5;
const LH = 1.1;
const TITLE_FS = 13;
const NOMOR_FS = 11;
/** Room for a wet signature: 20 mm at every body size (the office stamp overlaps it). */
const ROOM = SIGNATURE_ROOM;
const LABEL_1 = 92;
const LABEL_2 = 58;
const KONFIRMASI_WIDTH = 160;
const KONFIRMASI_FS = 9.5;
/** Lines to write the uraian on in the blank form: as many as fit, within these bounds. */
const BLANK_URAIAN_LINES = { min: 3, max: 6 } as const;
/** Distance between the dotted lines of a blank multi-line field. */
const BLANK_STEP = 16;
/** Least room for a filled uraian: three lines at the smallest size. */
const URAIAN_MIN_ROOM = linesHeight(3, SMALLEST, LH);
const URAIAN_MIN_LINES = 3;
const URAIAN_LABEL = 'Uraian permintaan:';
const SECTION_GAP = 8;
/** Kept free at the foot of the page against small errors in the height estimate. */
const PAGE_SLACK = 8;
const DOTS_NAME = '(...........................................)';
const DOTS_NIP = 'NIP. ....................................';

/** Sizes of one attempt at the form. */
interface FormStyle {
  fs: number;
  /** Height of one body line. */
  line: number;
  room: number;
  /** Sizes free text may shrink through, largest first. */
  shrink: number[];
}

function styleFor(fs: number): FormStyle {
  const shrink: number[] = [];
  for (let size = fs; size >= SMALLEST - 0.01; size -= 0.5) shrink.push(size);
  return { fs, line: linesHeight(1, fs, LH), room: ROOM, shrink };
}

/** A piece of content with its estimated height in points. */
interface Sized {
  content: Content;
  height: number;
}

interface Row {
  cells: TableCell[];
  /** Estimated height in points, padding and rule included. */
  height: number;
  /** Least height pdfmake must give the row. */
  minHeight?: number;
}

const rowHeight = (contentHeight: number) => contentHeight + 2 * CELL_PAD_Y + RULE;

/** Content width of a cell spanning columns `from`..`to` of a formTableLayout table. */
function spanWidth(widths: readonly number[], from: number, to: number): number {
  let w = 0;
  for (let i = from; i <= to; i++) w += widths[i] ?? 0;
  return w + (to - from) * (2 * CELL_PAD_X + RULE);
}

/** A free-text value, shrunk and then cut to at most `maxLines` lines of the body size. */
function fitted(
  st: FormStyle,
  value: string,
  width: number,
  maxLines: number,
  bold = false,
): Sized & { text: string; fontSize: number } {
  const text = value.trim() === '' ? '-' : value;
  const fit = fitText(text, {
    width,
    maxHeight: maxLines * st.line,
    sizes: st.shrink,
    lineHeight: LH,
    bold,
  });
  return {
    content: { text: fit.text, fontSize: fit.fontSize },
    height: linesHeight(fit.lines, fit.fontSize, LH),
    text: fit.text,
    fontSize: fit.fontSize,
  };
}

function dotted(st: FormStyle, width: number, lines = 1): Sized {
  const step = lines === 1 ? st.line : BLANK_STEP;
  return { content: dottedLines(lines, width, step, st.fs), height: lines * step };
}

interface Layout {
  st: FormStyle;
  widths: number[];
  /** Value cell widths: the two half-row values, the last three columns, the whole row. */
  half1: number;
  half2: number;
  wide: number;
  full: number;
}

function layoutFor(st: FormStyle, width: number): Layout {
  const widths = formColumnWidths(width, [LABEL_1, null, LABEL_2, null]);
  return {
    st,
    widths,
    half1: widths[1] ?? 0,
    half2: widths[3] ?? 0,
    wide: spanWidth(widths, 1, 3),
    full: spanWidth(widths, 0, 3),
  };
}

/** Label | value | label | value. */
function pairRow(l: Layout, label1: string, value1: Sized, label2: string, value2: Sized): Row {
  const { fs, line } = l.st;
  const labels = Math.max(lineCount(label1, LABEL_1, fs), lineCount(label2, LABEL_2, fs));
  return {
    cells: [{ text: label1 }, value1.content, { text: label2 }, value2.content],
    height: rowHeight(Math.max(labels * line, value1.height, value2.height)),
  };
}

/** Label | value spanning the other three columns. */
function wideRow(l: Layout, label: string, value: Sized): Row {
  return {
    cells: [{ text: label }, { stack: [value.content], colSpan: 3 }, {}, {}],
    height: rowHeight(Math.max(lineCount(label, LABEL_1, l.st.fs) * l.st.line, value.height)),
  };
}

/** Label | empty boxes to tick, `perRow` to a line. */
function checkRow(l: Layout, label: string, options: readonly string[], perRow: number): Row {
  const grid = checkGrid(
    options.map((o) => ({ label: o, checked: false })),
    perRow,
    l.wide,
    l.st.fs,
  );
  return {
    cells: [{ text: label }, { stack: [grid], colSpan: 3 }, {}, {}],
    height: rowHeight(Math.ceil(options.length / perRow) * l.st.line),
  };
}

/** The rows of the request itself, around the uraian. */
function requestRows(
  l: Layout,
  data: FormulirData | null,
  categories: readonly string[],
): { before: Row[]; after: Row[] } {
  const { st } = l;
  if (!data) {
    const saluran = SALURAN.map((s) => SALURAN_LABELS[s]);
    const urgensi = LEVELS.map((v) => LEVEL_LABELS[v]);
    return {
      before: [
        pairRow(l, 'Tanggal diterima', dotted(st, l.half1), 'Jam', dotted(st, l.half2)),
        pairRow(l, 'Nama pemohon', dotted(st, l.half1), 'NIP', dotted(st, l.half2)),
        pairRow(l, 'Unit kerja', dotted(st, l.half1), 'Telepon', dotted(st, l.half2)),
        checkRow(l, 'Saluran', saluran, saluran.length),
        checkRow(l, 'Kategori', categories, 4),
        pairRow(l, 'Aplikasi', dotted(st, l.half1), 'Perangkat', dotted(st, l.half2)),
      ],
      after: [checkRow(l, 'Urgensi', urgensi, urgensi.length)],
    };
  }
  const received = new Date(data.diterimaPada);
  const p = data.pemohon;
  const nip = p.nip ? formatNip(p.nip) : '-';
  return {
    before: [
      pairRow(
        l,
        'Tanggal diterima',
        fitted(st, formatHariTanggal(received), l.half1, 1),
        'Jam',
        fitted(st, formatJam(received), l.half2, 1),
      ),
      pairRow(
        l,
        'Nama pemohon',
        fitted(st, p.nama, l.half1, 2),
        'NIP',
        fitted(st, nip, l.half2, 1),
      ),
      pairRow(
        l,
        'Unit kerja',
        fitted(st, p.unitNama, l.half1, 2),
        'Telepon',
        fitted(st, p.telepon, l.half2, 2),
      ),
      wideRow(l, 'Saluran', fitted(st, data.saluran, l.wide, 1)),
      pairRow(
        l,
        'Kategori',
        fitted(st, data.kategori, l.half1, 2),
        'Aplikasi',
        fitted(st, data.aplikasi, l.half2, 2),
      ),
      wideRow(l, 'Perangkat', fitted(st, data.perangkat, l.wide, 2)),
    ],
    after: [wideRow(l, 'Urgensi', fitted(st, data.urgensi, l.wide, 1))],
  };
}

/** The uraian across the whole row, as large as `room` allows; dotted lines when blank. */
function uraianRow(l: Layout, uraian: string | null, room: number): Row {
  const { st } = l;
  const label: Content = { text: URAIAN_LABEL };
  if (uraian === null) {
    const count = Math.min(
      BLANK_URAIAN_LINES.max,
      Math.max(BLANK_URAIAN_LINES.min, Math.floor(room / BLANK_STEP)),
    );
    const lines = dotted(st, l.full, count);
    return {
      cells: [{ stack: [label, lines.content], colSpan: 4 }, {}, {}, {}],
      height: rowHeight(st.line + lines.height),
    };
  }
  const fit = fitText(uraian.trim() === '' ? '-' : uraian, {
    width: l.full,
    maxHeight: Math.max(URAIAN_MIN_ROOM, room),
    sizes: st.shrink,
    lineHeight: LH,
  });
  const height = rowHeight(
    st.line + Math.max(URAIAN_MIN_LINES * st.line, linesHeight(fit.lines, fit.fontSize, LH)),
  );
  return {
    cells: [
      {
        stack: [label, { text: fit.text, fontSize: fit.fontSize, alignment: 'justify' }],
        colSpan: 4,
      },
      {},
      {},
      {},
    ],
    height,
    minHeight: height,
  };
}

/** Name and NIP lines of a signature column; dots to write on when nobody is named. */
function signerLines(
  st: FormStyle,
  signer: { nama: string; nip: string } | null,
  width: number,
): { name: Content; nip: Content; height: number } {
  if (!signer) return { name: { text: DOTS_NAME }, nip: { text: DOTS_NIP }, height: 2 * st.line };
  const name = fitted(st, signer.nama, width, 2, true);
  return {
    name: { text: name.text, fontSize: name.fontSize, bold: true, decoration: 'underline' },
    nip: { text: signer.nip ? `NIP. ${formatNip(signer.nip)}` : ' ' },
    height: name.height + st.line,
  };
}

/**
 * Place and date over the right column; Pemohon, the Kasubag ("Mengetahui,") and Petugas
 * Penerima side by side, each with 20 mm to sign in. Laid out as one grid so the three
 * names and NIPs stay on the same lines whatever wraps; one row of signatures leaves the
 * form room on A4 where a second row would not fit.
 */
function signatureSection(
  st: FormStyle,
  office: Office,
  width: number,
  data: FormulirData | null,
  blankKasubag: Signer | null,
): Sized {
  const column = width / 3;
  const place = data
    ? formatTempatTanggal(office.kota, new Date(data.diterimaPada))
    : `${office.kota}, ..............................`;
  const pemohon = signerLines(st, data ? data.pemohon : null, column);
  const petugas = signerLines(st, data?.petugasPenerima ?? null, column);
  const kasubag: Signer | null = data ? data.kasubag : blankKasubag;
  const kasubagLines = signerLines(st, kasubag, column);
  const jabatan = kasubag ? jabatanLine(kasubag) : `${KASUBAG_DEFAULT},`;
  const name = (c: Content): Content => ({ stack: [c], margin: [0, st.room, 0, 0] });
  const body: TableCell[][] = [
    ['', '', { text: place }],
    [{ text: 'Pemohon,' }, { text: 'Mengetahui,' }, { text: 'Petugas Penerima,' }],
    ['', { text: jabatan }, ''],
    [name(pemohon.name), name(kasubagLines.name), name(petugas.name)],
    [pemohon.nip, kasubagLines.nip, petugas.nip],
  ];
  const names = Math.max(pemohon.height, petugas.height, kasubagLines.height);
  const textLines = lineCount(place, column, st.fs) + 1 + lineCount(jabatan, column, st.fs);
  return {
    content: {
      table: { widths: [column, column, column], body },
      layout: gridLayout,
      alignment: 'center',
      unbreakable: true,
    },
    height: textLines * st.line + names + st.room + 4,
  };
}

/** Hasil pemeriksaan, tindakan, status and finishing date, with the requester's confirmation. */
function petugasSection(st: FormStyle, width: number, data: FormulirData | null): Sized {
  const widths = formColumnWidths(width, [LABEL_1, null, KONFIRMASI_WIDTH]);
  const value = widths[1] ?? 0;
  const hasil = data?.hasil ?? null;
  const free = (text: string) => (hasil ? fitted(st, text, value, 3) : dotted(st, value, 2));
  const pemeriksaan = free(hasil?.pemeriksaan ?? '');
  const tindakan = free(hasil?.tindakan ?? '');
  const status = hasil ? fitted(st, hasil.status, value, 1) : dotted(st, value);
  const tanggal = hasil?.tanggalSelesai ? formatTanggal(new Date(hasil.tanggalSelesai)) : '-';
  const selesai = hasil ? fitted(st, tanggal, value, 1) : dotted(st, value);
  const pemohon = signerLines(st, data ? data.pemohon : null, KONFIRMASI_WIDTH);
  const room = st.room;
  const konfirmasi: TableCell = {
    stack: [
      { text: KONFIRMASI_TEXT, fontSize: KONFIRMASI_FS, alignment: 'left' },
      { text: 'Pemohon,', margin: [0, 4, 0, 0] },
      { stack: [pemohon.name], margin: [0, room, 0, 0] },
      pemohon.nip,
    ],
    alignment: 'center',
    rowSpan: 4,
  };
  const body: TableCell[][] = [
    [
      { text: PETUGAS_HEADING, bold: true, alignment: 'center', colSpan: 3, fillColor: '#e8e8e8' },
      {},
      {},
    ],
    [{ text: 'Hasil pemeriksaan' }, pemeriksaan.content, konfirmasi],
    [{ text: 'Tindakan' }, tindakan.content, {}],
    [{ text: 'Status' }, status.content, {}],
    [{ text: 'Tanggal selesai' }, selesai.content, {}],
  ];
  const labelLines = lineCount('Hasil pemeriksaan', LABEL_1, st.fs);
  const left =
    rowHeight(Math.max(labelLines * st.line, pemeriksaan.height)) +
    rowHeight(tindakan.height) +
    rowHeight(status.height) +
    rowHeight(selesai.height);
  const konfirmasiText = lineCount(KONFIRMASI_TEXT, KONFIRMASI_WIDTH, KONFIRMASI_FS);
  const right =
    linesHeight(konfirmasiText, KONFIRMASI_FS, LH) +
    4 +
    st.line +
    room +
    pemohon.height +
    2 * CELL_PAD_Y;
  return {
    content: { table: { widths, body }, layout: formTableLayout },
    height: rowHeight(st.line) + Math.max(left, right) + RULE,
  };
}

/** The form's table, signatures and officer's part at one body size, and the uraian's room. */
function attempt(req: FormulirPermintaanRequest, fs: number, width: number, bodyHeight: number) {
  const st = styleFor(fs);
  const data = req.data;
  const l = layoutFor(st, width);
  const { before, after } = requestRows(l, data, req.kategori ?? DEFAULT_CATEGORIES);
  const signatures = signatureSection(st, req.office, width, data, req.kasubag ?? null);
  const petugas = petugasSection(st, width, data);
  const fixed =
    [...before, ...after].reduce((sum, r) => sum + r.height, 0) +
    rowHeight(st.line) +
    RULE +
    SECTION_GAP +
    signatures.height +
    SECTION_GAP +
    petugas.height;
  const room = bodyHeight - fixed - PAGE_SLACK;
  const enough = data ? URAIAN_MIN_ROOM : BLANK_URAIAN_LINES.min * BLANK_STEP;
  return { st, l, before, after, signatures, petugas, room, fits: room >= enough };
}

export function formulirPermintaanDefinition(req: FormulirPermintaanRequest): TDocumentDefinitions {
  const width = contentWidth(req.paper);
  const page = pageSizePoints(req.paper);
  const m = PORTRAIT_MARGINS;
  const data = req.data;

  const nomorText =
    `Nomor: ${data ? data.nomor : '..............................'}` +
    (data?.dibatalkan ? ` (${data.dibatalkan.toUpperCase()})` : '');
  const headerHeight =
    kopHeight(req.office, width) +
    linesHeight(lineCount(FORMULIR_TITLE, width, TITLE_FS, true), TITLE_FS, 1.15) +
    linesHeight(lineCount(nomorText, width, NOMOR_FS), NOMOR_FS, 1.15) +
    8;
  const bodyHeight = page.height - m.top - m.bottom - headerHeight;
  let chosen = attempt(req, FORMULIR_BODY_SIZES[0], width, bodyHeight);
  for (const fs of FORMULIR_BODY_SIZES.slice(1)) {
    if (chosen.fits) break;
    chosen = attempt(req, fs, width, bodyHeight);
  }
  const { st, l, before, after, signatures, petugas, room } = chosen;
  const rows = [...before, uraianRow(l, data ? data.uraian : null, room), ...after];

  const content: Content[] = [
    kopSurat(req.office, width),
    { text: FORMULIR_TITLE, bold: true, alignment: 'center', fontSize: TITLE_FS, lineHeight: 1.15 },
    {
      text: nomorText,
      alignment: 'center',
      fontSize: NOMOR_FS,
      lineHeight: 1.15,
      margin: [0, 0, 0, 8],
    },
    {
      stack: [
        {
          table: {
            widths: l.widths,
            body: rows.map((r) => r.cells),
            heights: (i: number) => rows[i]?.minHeight ?? 'auto',
            dontBreakRows: true,
          },
          layout: formTableLayout,
        },
        { stack: [signatures.content], margin: [0, SECTION_GAP, 0, SECTION_GAP] },
        petugas.content,
      ],
      fontSize: st.fs,
      lineHeight: LH,
    },
  ];

  const name = data ? `${FORMULIR_NAME} ${data.nomor}` : FORMULIR_NAME;
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
