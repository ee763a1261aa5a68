import { Alert, Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { readUpdateOffer, type UpdateState } from './updateOffer';

/**
 * Beranda's line for an update another PC shared: only a newer, authentic one is shown;
 * installing happens on Tentang, after the user confirms.
 */
export function UpdateNotice({ onOpen }: { onOpen: () => void }) {
  const { db, api } = useServices();
  const [state, setState] = useState<UpdateState | null>(null);
  useEffect(() => {
    let live = true;
    call(api, 'getAppInfo', {})
      .then((info) => readUpdateOffer(db, api, info.version))
      .then(
        (next) => live && setState(next),
        // An unreadable share is the sync screen's to report; Beranda just shows no offer.
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [db, api]);
  if (state?.kind !== 'offer') return null;
  return (
    <Alert color="blue" title={`Pembaruan tersedia: Meja TI ${state.manifest.version}`}>
      <Button size="xs" variant="light" onClick={onOpen}>
        Lihat pembaruan
      </Button>
    </Alert>
  );
}
