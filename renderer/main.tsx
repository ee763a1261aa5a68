import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/spotlight/styles.css';
import 'dayjs/locale/id';
import '@fontsource/arimo/latin-400.css';
import '@fontsource/arimo/latin-700.css';
import './app/app.css';
import { MantineProvider, getDefaultZIndex } from '@mantine/core';
import { DatesProvider, type DatesProviderSettings } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { MejaApi } from '../shared/api/contract';
import { getApi } from './api/client';
import { App } from './app/App';
import { bootstrap, requestPersistentStorage } from './app/bootstrap';
import { startupErrorMessage } from './app/startupError';
import {
  describeThrown,
  installErrorReporting,
  rendererErrorReport,
  reportRendererError,
} from './api/errorReport';
import { ServicesProvider } from './kit/servicesContext';
import { theme } from './app/theme';

/** Calendars in Indonesian with Senin as the first day, whatever the PC's locale. */
const DATES_SETTINGS: DatesProviderSettings = {
  locale: 'id',
  firstDayOfWeek: 1,
  weekendDays: [0, 6],
};

/** Between a modal and an open list: see where the notifications are placed below. */
const NOTIFICATIONS_Z_INDEX = getDefaultZIndex('modal') + 50;

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement, {
    // React's default prints the bare error object, whose minified class name says nothing;
    // the boundary that caught it has already sent it to main's log.
    onCaughtError: (error) => {
      console.error(`Layar berhenti: ${describeThrown(error).message}`, error);
    },
  });
  let api: MejaApi | undefined;
  try {
    api = getApi();
    installErrorReporting(window, api);
    void requestPersistentStorage();
    const services = await bootstrap(api);
    root.render(
      <StrictMode>
        <MantineProvider theme={theme}>
          <DatesProvider settings={DATES_SETTINGS}>
            {/*
              Top centre, just under the header: the header's buttons, the menu (left) and the
              pages' buttons (right-aligned, or at the bottom of forms) stay uncovered. Above
              a modal (200) but under an open list (popover, 300): a list opened from the
              header, like the user picker, stays clickable while a notification shows.
            */}
            <Notifications
              position="top-center"
              className="app-notifications"
              containerWidth={380}
              zIndex={NOTIFICATIONS_Z_INDEX}
            />
            <ServicesProvider services={services}>
              <App />
            </ServicesProvider>
          </DatesProvider>
        </MantineProvider>
      </StrictMode>,
    );
  } catch (error) {
    if (api) void reportRendererError(api, rendererErrorReport('startup', error));
    const message = startupErrorMessage(error);
    root.render(
      <div role="alert" style={{ padding: 32, fontFamily: 'sans-serif' }}>
        <h1>Meja TI tidak dapat dibuka</h1>
        <p>{message}</p>
        <p>Tutup lalu buka kembali aplikasi. Bila masalah berulang, hubungi pengembang.</p>
      </div>,
    );
  }
}

void start();
