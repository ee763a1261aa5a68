import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';

/**
 * The availability check SOP F asks for, run from main: one GET to the site's address with a
 * plain User-Agent and nothing else (no cookies, no body), reporting the HTTP status, the time
 * to the response in milliseconds and, for HTTPS, the certificate's valid-to date. A site that
 * does not answer in time, or at all, gives the reason in Indonesian. The certificate is read,
 * not trusted: an expired or self-signed one is still reported so the screen can warn.
 */

export interface SiteCheckResult {
  statusHttp: number | null;
  waktuResponsMs: number | null;
  /** The certificate's valid-to date (YYYY-MM-DD, UTC), when the site spoke HTTPS. */
  tlsBerakhir: string | null;
  /** Why the check got no answer; empty when it did. */
  galat: string;
}

export interface SiteCheckDeps {
  /** Monotonic milliseconds, injected so tests can time the check. */
  nowMs: () => number;
  timeoutMs: number;
}

const USER_AGENT = 'MejaTI';

/** The certificate's valid_to ("Jan  5 12:00:00 2027 GMT") as an ISO date, or null. */
export function certificateDate(validTo: string | undefined): string | null {
  if (!validTo) return null;
  const t = Date.parse(validTo);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function reasonOf(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'Alamat tidak ditemukan (DNS).';
    case 'ECONNREFUSED':
      return 'Sambungan ditolak oleh server.';
    case 'ECONNRESET':
      return 'Sambungan diputus oleh server.';
    case 'ETIMEDOUT':
    case 'ESOCKETTIMEDOUT':
      return 'Server tidak menjawab dalam batas waktu.';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'Jaringan tidak terjangkau; periksa koneksi internet.';
    default:
      return 'Pemeriksaan gagal: server tidak dapat dihubungi.';
  }
}

export function checkSite(address: string, deps: SiteCheckDeps): Promise<SiteCheckResult> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return Promise.resolve(failed('Alamat situs tidak valid.'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return Promise.resolve(failed('Alamat harus diawali http:// atau https://.'));
  }
  const started = deps.nowMs();
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: SiteCheckResult): void => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    const options = {
      method: 'GET',
      headers: { 'User-Agent': USER_AGENT },
      timeout: deps.timeoutMs,
      // Read the certificate even when it is not trusted: the check reports, it does not trust.
      rejectUnauthorized: false,
      agent: false as const,
    };
    const onResponse = (res: http.IncomingMessage): void => {
      const socket = res.socket as TLSSocket;
      const cert =
        typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate() : null;
      const result: SiteCheckResult = {
        statusHttp: res.statusCode ?? null,
        waktuResponsMs: Math.max(0, Math.round(deps.nowMs() - started)),
        tlsBerakhir: cert ? certificateDate(cert.valid_to) : null,
        galat: '',
      };
      res.resume();
      req.destroy();
      done(result);
    };
    const req =
      url.protocol === 'https:'
        ? https.request(url, options, onResponse)
        : http.request(url, options, onResponse);
    req.on('timeout', () => {
      req.destroy();
      done(failed('Server tidak menjawab dalam batas waktu.'));
    });
    req.on('error', (e: NodeJS.ErrnoException) => done(failed(reasonOf(e))));
    req.end();
  });
}

function failed(galat: string): SiteCheckResult {
  return { statusHttp: null, waktuResponsMs: null, tlsBerakhir: null, galat };
}
