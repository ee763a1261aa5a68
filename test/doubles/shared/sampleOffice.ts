import type { Office } from '../../../shared/office/office';

/**
 * The Mukomuko court as its SOP (seed 000) gives it, without a logo: the sample office of the
 * tests (test/fixtures adds the logo) and of anything that needs a real-looking kop.
 */
export const MUKOMUKO_OFFICE: Office = {
  lingkungan: 'agama',
  pengadilanTinggi: 'Pengadilan Tinggi Agama Bengkulu',
  namaPengadilan: 'Pengadilan Agama Mukomuko',
  alamat: 'Jalan Soekarno Hatta, Kec. Kota Mukomuko',
  kota: 'Mukomuko',
  kodePos: '38765',
  telepon: '(0737) 5243965',
  faks: '',
  email: 'pa.mukomuko@gmail.com',
  website: 'www.pa-mukomuko.go.id',
  logo: null,
  kertas: 'F4',
};
