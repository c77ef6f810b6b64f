import { useLocation } from 'react-router-dom';

/** The token from the link's fragment; a mangled link (a stray %) reads as no token rather than a crash. */
function tokenFrom(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return '';
  }
}

/** The one-time token of a setup or invite link. The fragment never reaches the server or its logs. */
export function useLinkToken(): string {
  return tokenFrom(useLocation().hash);
}
