import { z } from 'zod';
import { base64ByteLength } from '../encoding/base64';
import { PAPER_SIZE_IDS } from '../pdf/paper';

export const LINGKUNGAN_PERADILAN = ['agama', 'umum'] as const;
export type LingkunganPeradilan = (typeof LINGKUNGAN_PERADILAN)[number];

export const DIREKTORAT_JENDERAL: Record<LingkunganPeradilan, string> = {
  agama: 'DIREKTORAT JENDERAL BADAN PERADILAN AGAMA',
  umum: 'DIREKTORAT JENDERAL BADAN PERADILAN UMUM',
};

export const MAHKAMAH_AGUNG = 'MAHKAMAH AGUNG REPUBLIK INDONESIA';

/** A logo larger than this would bloat every PDF and every sync file. */
export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;

const required = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `${label} wajib diisi.`)
    .max(max, `${label} paling panjang ${max} karakter.`);

const optionalText = (label: string, max = 200) =>
  z.string().trim().max(max, `${label} paling panjang ${max} karakter.`);

export const logoSchema = z
  .object({
    dataUrl: z.string(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  })
  .superRefine((logo, ctx) => {
    const match = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+=*)$/.exec(logo.dataUrl);
    if (!match?.[2]) {
      ctx.addIssue({ code: 'custom', message: 'Logo harus berupa gambar PNG atau JPEG.' });
      return;
    }
    if (base64ByteLength(match[2]) > LOGO_MAX_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `Ukuran logo paling besar ${LOGO_MAX_BYTES / 1024} KB.`,
      });
    }
  });
export type Logo = z.infer<typeof logoSchema>;

const emailSchema = z
  .string()
  .trim()
  .max(120)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
    message: 'Alamat e-mail tidak valid, contoh: pa.mukomuko@gmail.com.',
  });

/**
 * Where the kop's text is centred: on the page's axis, the logo at the left not pushing it
 * (the default, as the title and body are centred), or on the column beside the logo.
 */
export const KOP_TEXT_POSITIONS = ['tengahHalaman', 'sampingLogo'] as const;
export type KopTextPosition = (typeof KOP_TEXT_POSITIONS)[number];
export const KOP_TEXT_POSITION_LABELS: Record<KopTextPosition, string> = {
  tengahHalaman: 'Di tengah halaman',
  sampingLogo: 'Di samping logo',
};

/** The contact line's labels as the seed SOPs print them ("Website : …", "email : …"). */
export const DEFAULT_KOP_LABELS = { website: 'Website :', email: 'email :' } as const;

const kopLabel = (label: string) =>
  z.string().trim().max(30, `Label ${label} paling panjang 30 karakter.`);

/** The court's identity: everything the kop surat and the signature blocks print. */
export const officeSchema = z.object({
  lingkungan: z.enum(LINGKUNGAN_PERADILAN, { message: 'Pilih lingkungan peradilan.' }),
  pengadilanTinggi: required('Nama pengadilan tingkat banding'),
  namaPengadilan: required('Nama pengadilan'),
  alamat: required('Alamat', 300),
  kota: required('Kota (untuk tanggal surat)', 60),
  kodePos: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{5}$/.test(v), { message: 'Kode pos harus 5 digit.' }),
  telepon: optionalText('Telepon', 60),
  faks: optionalText('Faksimile', 60),
  email: emailSchema,
  website: optionalText('Situs web', 120),
  logo: logoSchema.nullable(),
  kertas: z.enum(PAPER_SIZE_IDS, { message: 'Pilih ukuran kertas F4 atau A4.' }),
  // Optional so rows written before these settings (and by older PCs) stay valid.
  kopTeks: z.enum(KOP_TEXT_POSITIONS).optional(),
  labelWebsite: kopLabel('situs web').optional(),
  labelEmail: kopLabel('e-mail').optional(),
});
export type Office = z.infer<typeof officeSchema>;

/** The office with its kop settings filled in: what the settings form shows and saves. */
export function withKopDefaults(office: Office): Office {
  return {
    ...office,
    kopTeks: office.kopTeks ?? 'tengahHalaman',
    labelWebsite: office.labelWebsite ?? DEFAULT_KOP_LABELS.website,
    labelEmail: office.labelEmail ?? DEFAULT_KOP_LABELS.email,
  };
}

/** The lines of the kop surat in print order, bold capitals. */
export function kopHeadingLines(office: Office): string[] {
  return [
    MAHKAMAH_AGUNG,
    DIREKTORAT_JENDERAL[office.lingkungan],
    office.pengadilanTinggi.toUpperCase(),
    office.namaPengadilan.toUpperCase(),
  ];
}

/** The contact lines under the heading; empty parts are left out. */
export function kopContactLines(office: Office): string[] {
  const address = [office.alamat, office.kodePos ? `${office.kota} ${office.kodePos}` : '']
    .filter(Boolean)
    .join(', ');
  const phone = [
    office.telepon ? `Telp. ${office.telepon}` : '',
    office.faks ? `Faks. ${office.faks}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const web = [
    office.website
      ? labelled(office.labelWebsite ?? DEFAULT_KOP_LABELS.website, office.website)
      : '',
    office.email ? labelled(office.labelEmail ?? DEFAULT_KOP_LABELS.email, office.email) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [address, phone, web].filter(Boolean);
}

/** "Website : www.…": the office's label, then the value; the value alone when no label. */
function labelled(label: string, value: string): string {
  return label.trim() ? `${label.trim()} ${value}` : value;
}
