import type { Locator, Page } from '@playwright/test';

/** The help drawer (F1) and the Bantuan screen. */
export class HelpPages {
  constructor(readonly page: Page) {}

  /** Presses F1 and answers the drawer that opens. */
  async pressF1(): Promise<Locator> {
    await this.page.keyboard.press('F1');
    return this.drawer();
  }

  drawer(): Locator {
    return this.page.getByRole('dialog', { name: /^Bantuan: / });
  }

  search(): Locator {
    return this.page.getByLabel('Cari dalam panduan');
  }

  /** The Bantuan screen's entry for one guide (its title, then the matching lines). */
  guide(title: string): Locator {
    return this.page
      .locator('[aria-label="Daftar panduan"]')
      .getByRole('button', { name: new RegExp(`^${title}`) });
  }

  guideEntries(): Locator {
    return this.page.locator('[aria-label="Daftar panduan"] .mantine-Accordion-control');
  }
}
