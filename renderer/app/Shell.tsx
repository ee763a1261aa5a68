import { AppShell, Button, Group, Kbd, Text, Title } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { useCallback, useState } from 'react';
import type { Office } from '../../shared/office/office';
import { AboutPage } from '../features/about/AboutPage';
import { DevicesSection } from '../features/devices/DevicesSection';
import { HomePage } from '../features/home/HomePage';
import { MonthlyReportPage } from '../features/maintenance/report/MonthlyReportPage';
import { RecordsPage } from '../features/maintenance/RecordsPage';
import { SchedulePage } from '../features/maintenance/SchedulePage';
import { SecurityPage } from '../features/security/SecurityPage';
import { OfficeSettingsPage } from '../features/office/OfficeSettingsPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PolicyPage } from '../features/policy/PolicyPage';
import { ContentPage } from '../features/content/ContentPage';
import { WebsitePage } from '../features/website/public';
import { DelegationsPage } from '../features/delegations/DelegationsPage';
import { RequestsSection } from '../features/requests/RequestsSection';
import { RequestSettingsSection } from '../features/requests/settings/RequestSettingsSection';
import { SopSection } from '../features/sop/SopSection';
import { StatisticsPage } from '../features/statistics/public';
import { UnitsPage } from '../features/units/UnitsPage';
import { CurrentUserSelect } from './CurrentUserSelect';
import { SyncSettingsPage } from '../features/sync/SyncSettingsPage';
import { SyncStatusBadge } from '../features/sync/SyncStatusBadge';
import { ScreenBoundary } from './errors/ScreenBoundary';
import { WidgetBoundary } from './errors/WidgetBoundary';
import { HelpDrawer } from '../features/help/HelpDrawer';
import { HelpPage } from '../features/help/HelpPage';
import { useHelpKey } from '../features/help/useHelpKey';
import { GUIDES, guideFor } from './guides';
import { ADMIN_PAGES, PAGES, type PageId } from './pages';
import { MainMenu } from './MainMenu';
import { QuickJump } from './jump/QuickJump';
import { AuditPage } from '../features/audit/AuditPage';
import { useIsAdministrator } from '../features/people/public';

export type { PageId } from './pages';

export function Shell({ office }: { office: Office }) {
  const [page, setPage] = useState<PageId>('beranda');
  const [showQuarantine, setShowQuarantine] = useState(0);
  // Bumped when "Buka cepat" opens a screen, so it mounts afresh and takes the record handed to it.
  const [visit, setVisit] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  // The screen the user left for Bantuan, named in "Laporkan masalah".
  const [helpFrom, setHelpFrom] = useState<PageId>('beranda');
  useHelpKey(useCallback(() => setHelpOpen(true), []));
  const isAdmin = useIsAdministrator();
  const menu = PAGES.filter((p) => isAdmin || !ADMIN_PAGES.includes(p.id));
  // An administrator's screen left open when another user signs in (or reached from the sync
  // badge) is not shown to someone who is not one.
  const shown: PageId = isAdmin || !ADMIN_PAGES.includes(page) ? page : 'beranda';
  const openPage = (id: PageId) => {
    if (id === 'bantuan' && page !== 'bantuan') setHelpFrom(page);
    setPage(id);
    setShowQuarantine(0);
  };
  const openAllHelp = () => {
    setHelpOpen(false);
    if (page !== 'bantuan') setHelpFrom(page);
    setPage('bantuan');
  };
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={3}>Meja TI</Title>
            <Text c="dimmed" size="sm">
              {office.namaPengadilan}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <WidgetBoundary name="status-sinkronisasi">
              <SyncStatusBadge
                onOpen={() => {
                  setPage('sinkronisasi');
                  setShowQuarantine(0);
                }}
                onOpenQuarantine={() => {
                  setPage('sinkronisasi');
                  setShowQuarantine((n) => n + 1);
                }}
              />
            </WidgetBoundary>
            <WidgetBoundary name="pengguna">
              <CurrentUserSelect />
            </WidgetBoundary>
            <Button
              variant="default"
              size="xs"
              onClick={() => spotlight.open()}
              title="Buka cepat (Ctrl+K)"
            >
              Buka cepat&nbsp;<Kbd size="xs">Ctrl+K</Kbd>
            </Button>
            <Button
              variant="subtle"
              onClick={() => setHelpOpen(true)}
              title="Panduan layar ini (F1)"
            >
              Bantuan
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <MainMenu pages={menu} active={shown} onOpen={openPage} />
      </AppShell.Navbar>
      <AppShell.Main>
        <ScreenBoundary
          key={`${shown}:${visit}`}
          screen={shown}
          label={PAGES.find((p) => p.id === shown)?.label ?? shown}
          back={
            shown === 'beranda'
              ? null
              : { label: 'Kembali ke Beranda', onClick: () => setPage('beranda') }
          }
        >
          <ScreenOf
            page={shown}
            office={office}
            setPage={setPage}
            showQuarantine={showQuarantine}
            helpFrom={helpFrom}
          />
        </ScreenBoundary>
      </AppShell.Main>
      <QuickJump
        pages={menu}
        onOpen={(id) => {
          openPage(id);
          setVisit((n) => n + 1);
        }}
      />
      <HelpDrawer
        guide={guideFor(shown)}
        opened={helpOpen}
        onClose={() => setHelpOpen(false)}
        onOpenAll={openAllHelp}
      />
    </AppShell>
  );
}

/** The screen for a menu entry. */
function ScreenOf({
  page,
  office,
  setPage,
  showQuarantine,
  helpFrom,
}: {
  page: PageId;
  office: Office;
  setPage: (page: PageId) => void;
  showQuarantine: number;
  helpFrom: PageId;
}) {
  return (
    <>
      {page === 'beranda' && <HomePage office={office} onNavigate={setPage} />}
      {page === 'kebijakan' && <PolicyPage office={office} />}
      {page === 'konten' && <ContentPage office={office} />}
      {page === 'website' && <WebsitePage office={office} />}
      {page === 'permintaan' && <RequestsSection office={office} />}
      {page === 'perangkat' && <DevicesSection />}
      {page === 'jadwal' && <SchedulePage onOpenSecurity={() => setPage('pengamanan')} />}
      {page === 'catatan' && <RecordsPage />}
      {page === 'pengamanan' && <SecurityPage />}
      {page === 'laporan' && <MonthlyReportPage office={office} />}
      {page === 'statistik' && <StatisticsPage office={office} />}
      {page === 'sop' && <SopSection office={office} />}
      {page === 'pegawai' && <PeoplePage />}
      {page === 'delegasi' && <DelegationsPage />}
      {page === 'unit' && <UnitsPage />}
      {page === 'kantor' && <OfficeSettingsPage office={office} />}
      {page === 'layanan' && <RequestSettingsSection />}
      {page === 'sinkronisasi' && (
        <SyncSettingsPage office={office.namaPengadilan} showQuarantine={showQuarantine} />
      )}
      {page === 'bantuan' && (
        <HelpPage
          guides={GUIDES}
          fromScreen={PAGES.find((p) => p.id === helpFrom)?.label ?? helpFrom}
        />
      )}
      {page === 'tentang' && <AboutPage />}
      {page === 'audit' && <AuditPage />}
    </>
  );
}
