import { Button } from '@mantine/core';
import { toIsoDate } from '../../../shared/format/date';
import { useServices } from '../../kit/servicesContext';
import { writeDeviceWorkbook } from './deviceXlsx';
import { listDevices } from './deviceStore';
import { listDeviceTypes } from './deviceTypeStore';
import { useSaveWorkbook } from '../../kit/saveWorkbook';

/** Ekspor .xlsx: the devices in use (retired and deleted ones left out), by room. */
export function DeviceExportButton() {
  const { db, write } = useServices();
  const { save, busy } = useSaveWorkbook();

  async function exportDevices() {
    await save(
      async () => {
        const devices = (await listDevices(db)).filter((d) => d.aktif);
        return writeDeviceWorkbook(devices, await listDeviceTypes(db));
      },
      `perangkat-ti-${toIsoDate(write.now())}.xlsx`,
    );
  }

  return (
    <Button variant="default" loading={busy} onClick={() => void exportDevices()}>
      Ekspor .xlsx
    </Button>
  );
}
