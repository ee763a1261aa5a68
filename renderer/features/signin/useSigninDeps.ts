import { useMemo } from 'react';
import { useServices } from '../../kit/servicesContext';
import { webCryptoDerive } from '../../kit/webCrypto';
import type { SigninDeps } from './signinStore';

/** The app's real sign-in dependencies: WebCrypto, the write clock, this window's session. */
export function useSigninDeps(): SigninDeps {
  const services = useServices();
  return useMemo(
    () => ({
      db: services.db,
      derive: webCryptoDerive,
      now: services.write.now,
      report: async (event) => {
        await services.audit?.({
          kind: event.kind,
          table: 'people',
          recordId: event.personId,
          detail: event.detail,
        });
      },
      setActor: services.setActor,
      session: sessionStorage,
    }),
    [services],
  );
}
