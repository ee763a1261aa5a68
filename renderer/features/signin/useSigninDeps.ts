import { useMemo } from 'react';
import { useServices } from '../../kit/servicesContext';
import { reportToAudit } from './auditHook';
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
      report: reportToAudit,
      setActor: services.setActor,
      session: sessionStorage,
    }),
    [services],
  );
}
