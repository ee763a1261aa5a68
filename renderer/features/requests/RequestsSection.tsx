import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import { ReceptionPage } from './ReceptionPage';
import { RegisterPage } from './RegisterPage';
import { RequestDetailPage } from './RequestDetailPage';
import { useNewRequestKey } from './useRegisterKeys';
import { REGISTER_SCREEN } from './registerFilter';
import { takeScreenRecord } from '../../kit/screenRecords';

type View = { view: 'register' } | { view: 'new' } | { view: 'detail'; id: string };

/** The service request screens: the register, reception, and one request. */
export function RequestsSection({ office }: { office: Office }) {
  const [view, setView] = useState<View>(() => {
    const id = takeScreenRecord(REGISTER_SCREEN);
    return id ? { view: 'detail', id } : { view: 'register' };
  });
  useNewRequestKey(() => setView({ view: 'new' }));
  switch (view.view) {
    case 'register':
      return (
        <RegisterPage
          office={office}
          onOpen={(id) => setView({ view: 'detail', id })}
          onNew={() => setView({ view: 'new' })}
        />
      );
    case 'new':
      return (
        <ReceptionPage
          onDone={(id) => setView({ view: 'detail', id })}
          onCancel={() => setView({ view: 'register' })}
        />
      );
    case 'detail':
      return (
        <RequestDetailPage
          key={view.id}
          id={view.id}
          office={office}
          onBack={() => setView({ view: 'register' })}
        />
      );
  }
}
