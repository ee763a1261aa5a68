/**
 * Files a file synchroniser leaves at the root of a folder it keeps in step between sites.
 * Their presence tells that the workspace is replicated, where a register number claimed on
 * one site's copy is not exclusive across sites (see docs/ARCHITECTURE.md, "Scale path").
 */
export const SYNCHRONISER_NAMES = ['Syncthing', 'Resilio Sync', 'Nextcloud', 'ownCloud'] as const;
export type SynchroniserName = (typeof SYNCHRONISER_NAMES)[number];

export const SYNCHRONISER_MARKERS: Readonly<Record<string, SynchroniserName>> = {
  '.stfolder': 'Syncthing',
  '.sync': 'Resilio Sync',
  '.nextcloudsync.log': 'Nextcloud',
  '.owncloudsync.log': 'ownCloud',
};

/** The synchronisers whose markers are among the root's entry names, in a stable order. */
export function synchronisersIn(names: readonly string[]): SynchroniserName[] {
  const found = new Set<SynchroniserName>();
  for (const name of names) {
    const synchroniser = Object.hasOwn(SYNCHRONISER_MARKERS, name)
      ? SYNCHRONISER_MARKERS[name]
      : undefined;
    if (synchroniser) found.add(synchroniser);
  }
  return SYNCHRONISER_NAMES.filter((n) => found.has(n));
}
