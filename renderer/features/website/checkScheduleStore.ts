import {
  checkScheduleSchema,
  DEFAULT_CHECK_SCHEDULE,
  type CheckSchedule,
} from '../../../shared/website/checkSchedule';
import type { MejaDatabase } from '../../db/database';

/** This PC's automatic check schedule: the checks run from this PC, so it is kept here. */
const KEY = 'websiteCheckSchedule';

export async function readCheckSchedule(db: MejaDatabase): Promise<CheckSchedule> {
  const parsed = checkScheduleSchema.safeParse((await db.local.get(KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_CHECK_SCHEDULE;
}

export async function saveCheckSchedule(db: MejaDatabase, schedule: CheckSchedule) {
  await db.local.put({ key: KEY, value: checkScheduleSchema.parse(schedule) });
}
