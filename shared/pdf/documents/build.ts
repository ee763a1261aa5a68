import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { lembarKendaliKontenDefinition } from './content/lembarKendaliKonten';
import { laporanTahunanDefinition } from './annual/laporanTahunan';
import { laporanPemeliharaanDefinition } from './maintenance/laporanPemeliharaan';
import { formUsulanDefinition } from './policy/formUsulan';
import { rencanaProgramDefinition } from './policy/rencanaProgram';
import { skTimDefinition } from './policy/skTimTi';
import type { PdfDocumentRequest } from './request';
import { daftarPermintaanDefinition } from './requests/daftarPermintaan';
import { formulirPermintaanDefinition } from './requests/formulirPermintaan';
import { lembarDisposisiDefinition } from './requests/lembarDisposisi';
import { sopDefinition } from './sop/sopDefinition';
import { ujiKopDefinition } from './ujiKop';
import { laporanWebsiteDefinition } from './website/laporanWebsite';

/** One place that turns a validated request into a pdfmake definition. */
export function buildPdfDefinition(request: PdfDocumentRequest): TDocumentDefinitions {
  switch (request.kind) {
    case 'ujiKop':
      return ujiKopDefinition(request);
    case 'sop':
      return sopDefinition(request);
    case 'formulirPermintaan':
      return formulirPermintaanDefinition(request);
    case 'lembarDisposisi':
      return lembarDisposisiDefinition(request);
    case 'daftarPermintaan':
      return daftarPermintaanDefinition(request);
    case 'laporanPemeliharaan':
      return laporanPemeliharaanDefinition(request);
    case 'laporanTahunan':
      return laporanTahunanDefinition(request);
    case 'formUsulan':
      return formUsulanDefinition(request);
    case 'rencanaProgram':
      return rencanaProgramDefinition(request);
    case 'skTim':
      return skTimDefinition(request);
    case 'lembarKendaliKonten':
      return lembarKendaliKontenDefinition(request);
    case 'laporanWebsite':
      return laporanWebsiteDefinition(request);
  }
}
