import { useState } from 'react';
import { DeviceDetailPage } from './DeviceDetailPage';
import { DevicesPage } from './DevicesPage';
import { DEVICES_SCREEN } from './deviceFilter';
import { takeScreenRecord } from '../../kit/screenRecords';

/** The inventory and one device's history. */
export function DevicesSection() {
  const [openId, setOpenId] = useState<string | null>(() => takeScreenRecord(DEVICES_SCREEN));
  return openId ? (
    <DeviceDetailPage key={openId} id={openId} onBack={() => setOpenId(null)} />
  ) : (
    <DevicesPage onOpen={setOpenId} />
  );
}
