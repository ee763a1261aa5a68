import type { SopDocument } from '../schema';

/**
 * The header all three Pengadilan Agama Ternate SOPs of seed 002 share: dibuat 09/04/2017,
 * efektif 09/05/2017, revisi "-", disahkan oleh "KPA Ternate" (Ketua Pengadilan Agama
 * Ternate; the extraction shows no name or NIP), the same legal basis and qualifications.
 */
export const TERNATE = {
  pengadilan: 'Pengadilan Agama Ternate',
  tanggalPembuatan: '2017-04-09',
  tanggalRevisi: null,
  tanggalEfektif: '2017-05-09',
  disahkanOleh: { jabatan: 'KPA Ternate', nama: null, nip: null },
  dasarHukum: [
    'Undang-Undang Republik Indonesia Nomor 11 Tahun 2008 Tentang Informasi Dan Transaksi Elektronik',
    'Undang-Undang Republik Indonesia Nomor 14 Tahun 2008 Tentang Keterbukaan Informasi Publik',
    'SK KMA Nomor : 1-144/KMA/I/2011 tentang Pedoman Pelayanan Informasi di Pengadilan',
  ],
  kualifikasiPelaksana: [
    'S-1 Ilmu Komputer',
    'S-1 Hukum',
    'D-III Informatika Komputer',
    'SMK Teknik Jaringan Komputer',
  ],
} satisfies Partial<SopDocument>;
