import { deviceTypeLabel, type DeviceType, type DeviceTypeLabels } from '../devices/deviceTypes';
import type { TaskTarget } from './task';

const NETWORK: DeviceType[] = ['switch', 'router', 'accessPoint', 'ups'];
const WORKSTATIONS: DeviceType[] = ['pc', 'laptop', 'printer', 'scanner'];

/**
 * The devices an SOP step is about, read from its Kelengkapan column: "Network" → the
 * network gear, "Server Data" → servers, "Software dan hardware" → workstations; anything
 * else (LAN watch, coordination, applications) is not tied to devices.
 */
export function defaultTargetFor(kelengkapan: string): TaskTarget {
  const k = kelengkapan.toLowerCase();
  if (k.includes('network')) return { kind: 'jenis', jenis: NETWORK };
  if (k.includes('server')) return { kind: 'jenis', jenis: ['server'] };
  if (/software|hardware|hadware|komputer/.test(k)) return { kind: 'jenis', jenis: WORKSTATIONS };
  return { kind: 'umum' };
}

/** The active devices a task covers, in the order given. */
export function devicesOfTarget<D extends { id: string; jenis: DeviceType; aktif: boolean }>(
  target: TaskTarget,
  devices: readonly D[],
): D[] {
  switch (target.kind) {
    case 'umum':
      return [];
    case 'jenis':
      return devices.filter((d) => d.aktif && target.jenis.includes(d.jenis));
    case 'perangkat':
      return devices.filter((d) => d.aktif && target.deviceIds.includes(d.id));
  }
}

/**
 * "PC, Laptop, Printer" / "3 perangkat terpilih" / "Umum (tidak per perangkat)"; `labels`
 * names the office's own types (without it they show as their codes).
 */
export function describeTarget(target: TaskTarget, labels?: DeviceTypeLabels): string {
  switch (target.kind) {
    case 'umum':
      return 'Umum (tidak per perangkat)';
    case 'jenis':
      return target.jenis.map((j) => deviceTypeLabel(j, labels)).join(', ');
    case 'perangkat':
      return `${target.deviceIds.length} perangkat terpilih`;
  }
}
