import { useState } from 'react';
import { DeviceDetailPage } from './DeviceDetailPage';
import { DevicesPage } from './DevicesPage';

/** The inventory and one device's history. */
export function DevicesSection() {
  const [openId, setOpenId] = useState<string | null>(null);
  return openId ? (
    <DeviceDetailPage key={openId} id={openId} onBack={() => setOpenId(null)} />
  ) : (
    <DevicesPage onOpen={setOpenId} />
  );
}
