import { AppShell, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { menuSections, type MenuSection, type PageGroupId, type PageId } from './pages';

interface MainMenuProps {
  pages: readonly { id: PageId; label: string; group: PageGroupId }[];
  active: PageId;
  onOpen: (page: PageId) => void;
}

/** The menu on the left, grouped after the SOP's procedures, scrolling when it is long. */
export function MainMenu({ pages, active, onOpen }: MainMenuProps) {
  return (
    <AppShell.Section grow component={ScrollArea} type="auto" scrollbarSize={6}>
      <Stack gap={4} component="nav" aria-label="Menu utama">
        {menuSections(pages).map((section, i) => (
          <Section
            key={section.label ?? `lepas-${i}`}
            section={section}
            active={active}
            onOpen={onOpen}
          />
        ))}
      </Stack>
    </AppShell.Section>
  );
}

function Section({
  section,
  active,
  onOpen,
}: {
  section: MenuSection;
  active: PageId;
  onOpen: (page: PageId) => void;
}) {
  const links = section.pages.map((p) => (
    <NavLink
      key={p.id}
      label={p.label}
      active={active === p.id}
      onClick={() => onOpen(p.id)}
      component="button"
      py={4}
    />
  ));
  if (section.label === null) return <Stack gap={0}>{links}</Stack>;
  return (
    <Stack gap={0}>
      <Text size="xs" fw={700} c="dimmed" px="sm" pt={4} pb={2}>
        {section.label}
      </Text>
      {links}
    </Stack>
  );
}
