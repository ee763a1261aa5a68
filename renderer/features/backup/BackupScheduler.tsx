import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { SCHEDULE_TICK_MS, isBackupDue } from '../../../shared/backup/schedule';
import { errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { leftOutNote, makeBackup, readLastBackup, readSchedule } from './backupStore';

/** After a failed scheduled backup (the USB drive away), the next try waits this long. */
const RETRY_AFTER_MS = 60 * 60 * 1000;

/**
 * Makes the scheduled backup while the app runs: every SCHEDULE_TICK_MS it asks whether the
 * last backup is older than the rule (on the app's clock, `write.now`). Renders nothing.
 */
export function BackupScheduler() {
  const services = useServices();
  useEffect(() => {
    let running = false;
    let failedAt: number | null = null;
    const tick = async () => {
      if (running) return;
      const now = services.write.now();
      if (failedAt !== null && now.getTime() - failedAt < RETRY_AFTER_MS) return;
      const schedule = await readSchedule(services.db);
      if (!schedule) return;
      const last = await readLastBackup(services.db);
      if (!isBackupDue(last?.at ?? null, now, schedule.rule)) return;
      running = true;
      try {
        const done = await makeBackup(services, {
          key: schedule.key,
          terjadwal: true,
          keep: schedule.rule.simpan,
        });
        failedAt = null;
        notifications.show({
          color: 'green',
          title: 'Cadangan terjadwal dibuat',
          message: `Disimpan ke ${done.path}.${leftOutNote(done.lampiranTidakIkut)}`,
        });
      } catch (error) {
        failedAt = now.getTime();
        notifications.show({
          color: 'red',
          autoClose: false,
          title: 'Cadangan terjadwal gagal',
          message: `${errorMessage(error)} Dicoba lagi dalam satu jam.`,
        });
      } finally {
        running = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), SCHEDULE_TICK_MS);
    return () => clearInterval(timer);
  }, [services]);
  return null;
}
