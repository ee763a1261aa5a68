import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { DEFAULT_IDLE_MINUTES, idleExpired } from '../../../shared/signin/idleLock';
import { call } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { readIdleMinutes } from '../people/public';
import { lockNow } from './signinStore';
import { useSigninDeps } from './useSigninDeps';

/** What counts as someone at the PC. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is looked at; the lock comes at most this late. */
const CHECK_MS = 5_000;

/**
 * Locks the app while someone is signed in: after the office's idle minutes without input,
 * and when Windows locks (main answers `waitForSystemLock` then).
 */
export function useAutoLock(current: string | null): void {
  const deps = useSigninDeps();
  const { api } = useServices();
  const minutes = useLiveQuery(() => readIdleMinutes(deps.db), [deps.db]) ?? DEFAULT_IDLE_MINUTES;

  // The last input, kept across a change of the minutes (another PC's setting arriving).
  const last = useRef(0);
  useEffect(() => {
    if (!current) return;
    last.current = deps.now().getTime();
  }, [current, deps]);
  useEffect(() => {
    if (!current) return;
    const touch = () => {
      last.current = deps.now().getTime();
    };
    for (const name of INPUT_EVENTS) window.addEventListener(name, touch, { capture: true });
    const timer = window.setInterval(() => {
      if (idleExpired(last.current, deps.now().getTime(), minutes)) {
        void lockNow(deps, 'idle', current);
      }
    }, CHECK_MS);
    return () => {
      window.clearInterval(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, touch, { capture: true });
    };
  }, [current, minutes, deps]);

  // One wait on main for the whole time the app runs, not one per signed-in person: a
  // wait cannot be taken back, so a new one at each sign-in would pile up in main (and, on
  // the e2e HTTP bridge, hold every connection the browser allows to it).
  const signedIn = useRef(current);
  const lockDeps = useRef(deps);
  useEffect(() => {
    signedIn.current = current;
    lockDeps.current = deps;
  }, [current, deps]);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      while (!stopped) {
        try {
          await call(api, 'waitForSystemLock', {});
        } catch {
          return; // No lock events where main cannot give them; the idle lock still holds.
        }
        const who = signedIn.current;
        if (!stopped && who) await lockNow(lockDeps.current, 'os', who);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [api]);
}
