import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { MejaApi } from '../../../shared/api/contract';
import { MUKOMUKO_OFFICE } from '../../doubles/shared/sampleOffice';
import { bootstrap } from '../../../renderer/app/bootstrap';
import { ServicesProvider } from '../../../renderer/kit/servicesContext';
import { MejaDatabase } from '../../../renderer/db/database';
import { RegisterPage } from '../../../renderer/features/requests/RegisterPage';

/** The register screen as the app shows it, mounted on the page with a database by name. */
export interface OpenRegister {
  host: HTMLElement;
  /** Resolves when the whole register is listed ("n dari m permintaan"). */
  complete(): Promise<void>;
  close(): void;
}

/** Resolves on the first painted frame after `ready` holds on the DOM under `host`. */
export function painted(host: HTMLElement, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      requestAnimationFrame(() => resolve());
    };
    const observer = new MutationObserver(() => {
      if (ready()) done();
    });
    observer.observe(host, { childList: true, subtree: true, characterData: true });
    if (ready()) done();
  });
}

/** Rows of the register body in the DOM (the header row is apart). */
export const registerRows = (host: HTMLElement) =>
  host.querySelectorAll('[data-testid="register-scroll"] [role="row"]').length;

/**
 * Opens the real RegisterPage (database opened as the app does, providers as the shell has
 * them) and resolves when its first rows are painted, or the empty table when `rows` is 0.
 */
export async function openRegister(dbName: string, rows: number): Promise<OpenRegister> {
  const services = await bootstrap({} as MejaApi, new MejaDatabase(dbName));
  const host = document.createElement('div');
  host.style.width = '1280px';
  document.body.append(host);
  const root = createRoot(host);
  root.render(
    createElement(
      MantineProvider,
      null,
      createElement(ServicesProvider, {
        services,
        children: createElement(RegisterPage, {
          office: MUKOMUKO_OFFICE,
          onOpen: () => undefined,
          onNew: () => undefined,
        }),
      }),
    ),
  );
  await painted(host, () =>
    rows === 0 ? host.querySelector('[role="table"]') !== null : registerRows(host) > 0,
  );
  return {
    host,
    complete: () =>
      painted(host, () => new RegExp(`\\d+ dari ${rows} permintaan`).test(host.textContent)),
    close: () => {
      root.unmount();
      host.remove();
      services.db.close();
    },
  };
}
