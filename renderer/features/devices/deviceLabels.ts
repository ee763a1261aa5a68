import type { Condition } from '../../../shared/devices/schema';

export const CONDITION_COLORS: Record<Condition, string> = {
  baik: 'teal',
  rusakRingan: 'orange',
  rusakBerat: 'red',
};
