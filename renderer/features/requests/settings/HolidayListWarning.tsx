import { Alert, Anchor, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { missingHolidayYear } from '../../../../shared/calendar/nationalHolidays';
import { useServices } from '../../../kit/servicesContext';
import { readRequestSettings } from '../requestSettings';

/**
 * Beranda's warning that working time will soon count a year's holidays as working days:
 * its national holidays are not built in and the office has typed none.
 */
export function HolidayListWarning({ onOpen }: { onOpen: () => void }) {
  const { db, write } = useServices();
  const settings = useLiveQuery(() => readRequestSettings(db), [db]);
  if (!settings) return null;
  const year = missingHolidayYear(write.now(), settings.officeHours.holidays);
  if (year === null) return null;
  return (
    <Alert color="yellow" title={`Hari libur ${year} belum tercatat`}>
      <Text size="sm">
        Meja TI belum memuat hari libur nasional dan cuti bersama tahun {year}, sehingga waktu
        layanan akan menghitungnya sebagai hari kerja. Isi tanggalnya menurut keputusan bersama
        menteri di{' '}
        <Anchor component="button" onClick={onOpen}>
          Pengaturan Layanan
        </Anchor>
        .
      </Text>
    </Alert>
  );
}
