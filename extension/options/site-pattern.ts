/**
 * The host permission pattern for a site the reader types: "reuters.com",
 * "https://www.reuters.com/world/…" → "https://www.reuters.com/*". Only http
 * and https; null for anything else.
 */
export function sitePattern(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // Match patterns carry no port: the grant covers the host on any port.
  return `${url.protocol}//${url.hostname}/*`;
}
