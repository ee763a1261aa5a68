import { z } from 'zod';

/**
 * What the operating system tells the app. `waitForSystemLock` is answered when Windows locks
 * (Win+L, the screen saver's lock, a switched user): the renderer waits on it again and again
 * and locks Meja TI each time, so nobody finds a signed-in app after unlocking the PC.
 */
export const systemContract = {
  waitForSystemLock: {
    channel: 'system:wait-lock',
    input: z.object({}).strict(),
    output: z.object({ locked: z.literal(true) }),
  },
} as const;
