/**
 * Register numbers held by more than one request. Numbers are claimed on the shared folder,
 * so this happens only when a PC numbered requests without the folder (before it joined the
 * workspace) and another PC gave out the same numbers meanwhile. A printed number is never
 * changed silently: the collision is shown to the operator, who gives one request a new
 * number.
 */

export interface NumberedRequest {
  id: string;
  tahun: number;
  urut: number;
  _deleted: boolean;
  /** A draft number is not final yet: it is replaced on reconnect, so it collides with nothing. */
  nomorSementara?: boolean;
  /** The site series in a replicated workspace: numbers of different sites never collide. */
  lokasi?: string;
}

export interface NumberCollision<T extends NumberedRequest> {
  tahun: number;
  lokasi: string;
  urut: number;
  requests: T[];
}

/** Every (year, running number) shared by two or more live, final requests, in number order. */
export function findNumberCollisions<T extends NumberedRequest>(
  requests: readonly T[],
): NumberCollision<T>[] {
  const groups = new Map<string, NumberCollision<T>>();
  for (const request of requests) {
    if (request._deleted || request.nomorSementara) continue;
    const lokasi = request.lokasi ?? '';
    const key = `${request.tahun}/${lokasi}/${request.urut}`;
    const group = groups.get(key);
    if (group) group.requests.push(request);
    else groups.set(key, { tahun: request.tahun, lokasi, urut: request.urut, requests: [request] });
  }
  return [...groups.values()]
    .filter((g) => g.requests.length > 1)
    .map((g) => ({ ...g, requests: [...g.requests].sort((a, b) => (a.id < b.id ? -1 : 1)) }))
    .sort((a, b) => a.tahun - b.tahun || a.lokasi.localeCompare(b.lokasi) || a.urut - b.urut);
}
