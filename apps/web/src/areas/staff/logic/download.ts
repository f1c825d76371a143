import { CLIENT_HEADER, session } from '../../../api/session';

/** Same-origin path of a download (the api answers absolute URLs under its PUBLIC_URL). */
export const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

/**
 * Fetches a digest file with the staff member's access token (an unpublished digest is staff-only,
 * and the token lives in memory, not in a cookie a plain link would send).
 */
export async function fetchDigestFile(url: string): Promise<{ blob: Blob; filename: string }> {
  const token = session.accessToken();
  const res = await fetch(pathOf(url), {
    headers: { ...CLIENT_HEADER, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    credentials: 'same-origin',
  });
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const disposition = res.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? pathOf(url).split('/').pop() ?? 'digest';
  return { blob: await res.blob(), filename };
}

/** Saves a fetched file under its own name (an object URL clicked as a download, then released). */
export async function downloadDigestFile(url: string): Promise<void> {
  const { blob, filename } = await fetchDigestFile(url);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
