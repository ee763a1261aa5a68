import type { Page } from '@playwright/test';

/**
 * Counts what a person does on the page, as the issue counts "interactions": each click,
 * each field typed into (once, however many characters), and each key that acts (Enter,
 * Escape, Tab, shortcuts). Counted in the page from trusted events, kept in sessionStorage so
 * a reload does not lose it; paused while a test does what no user of the path would.
 */
export class InteractionCount {
  constructor(readonly page: Page) {}

  async start(): Promise<void> {
    await this.page.addInitScript(install);
    await this.page.evaluate(install);
    await this.page.evaluate(() => sessionStorage.setItem('interactions', '0'));
  }

  async pause(): Promise<void> {
    await this.page.evaluate(() => sessionStorage.setItem('interactions-paused', '1'));
  }

  async resume(): Promise<void> {
    await this.page.evaluate(() => sessionStorage.removeItem('interactions-paused'));
  }

  async count(): Promise<number> {
    return this.page.evaluate(() => Number(sessionStorage.getItem('interactions') ?? '0'));
  }
}

function install(): void {
  const flag = '__interactionCount';
  const w = window as unknown as Record<string, boolean>;
  if (w[flag]) return;
  w[flag] = true;
  let lastTyped: EventTarget | null = null;
  const add = () => {
    if (sessionStorage.getItem('interactions-paused')) return;
    sessionStorage.setItem(
      'interactions',
      String(Number(sessionStorage.getItem('interactions') ?? '0') + 1),
    );
  };
  window.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted) return;
      lastTyped = null;
      add();
    },
    true,
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      const acts = e.key.length > 1 || e.ctrlKey || e.metaKey || e.altKey;
      if (acts && !['Shift', 'Control', 'Alt', 'Meta', 'Backspace', 'Delete'].includes(e.key)) {
        lastTyped = null;
        add();
      }
    },
    true,
  );
  window.addEventListener(
    'input',
    (e) => {
      if (e.target === lastTyped) return;
      lastTyped = e.target;
      add();
    },
    true,
  );
}
