import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from './menu';

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = items.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(found)) throw new Error(`no submenu ${label}`);
  return found;
}

const labels = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => (item.type === 'separator' ? '---' : item.label));

describe('application menu', () => {
  it('is in Indonesian, in the expected order', () => {
    const menu = appMenuTemplate({ packaged: true, showAbout: () => undefined });
    expect(labels(menu)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(labels(submenu(menu, 'Berkas'))).toEqual(['Keluar']);
    expect(submenu(menu, 'Berkas')[0]?.accelerator).toBe('CmdOrCtrl+Q');
    expect(labels(submenu(menu, 'Sunting'))).toEqual([
      'Urungkan',
      'Ulangi',
      '---',
      'Potong',
      'Salin',
      'Tempel',
      'Pilih Semua',
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    const packaged = appMenuTemplate({ packaged: true, showAbout: () => undefined });
    const source = appMenuTemplate({ packaged: false, showAbout: () => undefined });
    expect(labels(submenu(packaged, 'Tampilan'))).toEqual([
      'Perbesar',
      'Perkecil',
      'Ukuran Asli',
      '---',
      'Layar Penuh',
    ]);
    expect(labels(submenu(source, 'Tampilan'))).toContain('Alat Pengembang');
  });

  it('opens the about dialog from Bantuan', () => {
    const showAbout = vi.fn();
    const item = submenu(appMenuTemplate({ packaged: true, showAbout }), 'Bantuan')[0];
    expect(item?.label).toBe('Tentang Meja TI');
    // The handler ignores Electron's arguments (item, window, event).
    const click = item?.click as (() => void) | undefined;
    click?.();
    expect(showAbout).toHaveBeenCalledOnce();
  });
});
