import { useEffect } from 'react';
import { CHECK_TICK_MS } from '../../../shared/website/checkSchedule';
import { errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { notifications } from '@mantine/notifications';
import { startCheckScheduler } from './checkScheduler';
import { readCheckSchedule } from './checkScheduleStore';
import { checkAllSites, lastCheckAt } from './websiteStore';

/** Runs the automatic availability checks while the app runs. Renders nothing. */
export function WebsiteCheckScheduler() {
  const services = useServices();
  useEffect(() => {
    const scheduler = startCheckScheduler({
      now: () => services.write.now(),
      readSchedule: () => readCheckSchedule(services.db),
      lastCheckAt: () => lastCheckAt(services.db),
      checkAll: async () => {
        await checkAllSites(services.write, services.api);
      },
      onError: (error) =>
        notifications.show({
          color: 'orange',
          title: 'Pemeriksaan website terjadwal gagal',
          message: errorMessage(error),
        }),
      setInterval: (fn, ms) => window.setInterval(fn, ms),
      clearInterval: (handle) => window.clearInterval(handle as number),
      tickMs: CHECK_TICK_MS,
    });
    return scheduler.stop;
  }, [services]);
  return null;
}
