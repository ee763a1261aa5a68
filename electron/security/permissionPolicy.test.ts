import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permissionPolicy';

const allowed = ['app://meja-ti'];

describe('permission policy', () => {
  it('grants persistent storage to the app itself', () => {
    expect(isPermissionGranted('persistent-storage', 'app://meja-ti/index.html', allowed)).toBe(
      true,
    );
  });

  it('lets the app write to the clipboard (Salin rincian), never read it', () => {
    const page = 'app://meja-ti/index.html';
    expect(isPermissionGranted('clipboard-sanitized-write', page, allowed)).toBe(true);
    expect(isPermissionGranted('clipboard-read', page, allowed)).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', allowed)).toBe(
      false,
    );
  });

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'])(
    'refuses %s even to the app',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://meja-ti/index.html', allowed)).toBe(false);
    },
  );

  it.each(['file:///tmp/x.pdf', 'https://evil.example/', undefined])(
    'refuses persistent storage to %s',
    (url) => {
      expect(isPermissionGranted('persistent-storage', url, allowed)).toBe(false);
    },
  );
});
