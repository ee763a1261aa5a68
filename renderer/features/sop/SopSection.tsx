import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import { useServices } from '../../kit/servicesContext';
import { SopEditPage } from './edit/SopEditPage';
import { getCatalogEntry } from './sopCatalog';
import { SopDetailPage } from './SopDetailPage';
import { SopListPage } from './SopListPage';

type View = { view: 'list' } | { view: 'detail'; id: string } | { view: 'edit'; id: string };

function EditView({ id, onDone }: { id: string; onDone: () => void }) {
  const { db } = useServices();
  const entry = useLiveQuery(() => getCatalogEntry(db, id), [db, id]);
  // Keyed by revision so a revision saved elsewhere starts a fresh form.
  return entry ? (
    <SopEditPage key={`${entry.id}@${entry.revision}`} entry={entry} onDone={onDone} />
  ) : null;
}

/** The SOP screens: the catalog, one SOP, and the editor. */
export function SopSection({ office }: { office: Office }) {
  const [view, setView] = useState<View>({ view: 'list' });
  switch (view.view) {
    case 'list':
      return <SopListPage onOpen={(id) => setView({ view: 'detail', id })} />;
    case 'detail':
      return (
        <SopDetailPage
          key={view.id}
          id={view.id}
          office={office}
          onBack={() => setView({ view: 'list' })}
          onOpen={(id) => setView({ view: 'detail', id })}
          onEdit={(id) => setView({ view: 'edit', id })}
        />
      );
    case 'edit':
      return <EditView id={view.id} onDone={() => setView({ view: 'detail', id: view.id })} />;
  }
}
