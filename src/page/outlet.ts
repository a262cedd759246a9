/**
 * The outlet that publishes a page: the first link of the chain by which an
 * article knows what it reports. Read from what the page says of itself
 * (`og:site_name`, the site's application name, the JSON-LD publisher), else
 * the address's host. Reads the document only; changes nothing.
 */

/** Longest outlet name taken from the page: longer is a slogan or a sentence, not a name. */
const MAX_NAME_LENGTH = 80;

function cleanName(value: string | null | undefined): string | null {
  const name = value?.replace(/\s+/g, ' ').trim() ?? '';
  return name.length > 0 && name.length <= MAX_NAME_LENGTH ? name : null;
}

function metaContent(doc: Document, selector: string): string | null {
  return cleanName(doc.querySelector<HTMLMetaElement>(selector)?.content);
}

/** The publisher's name in a JSON-LD object, its `@graph`, or an array of them. */
function publisherIn(data: unknown, depth = 0): string | null {
  if (depth > 4 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const name = publisherIn(item, depth + 1);
      if (name) return name;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  const publisher = Array.isArray(record.publisher) ? record.publisher[0] : record.publisher;
  if (typeof publisher === 'string') return cleanName(publisher);
  if (publisher && typeof publisher === 'object') {
    const name = (publisher as Record<string, unknown>).name;
    if (typeof name === 'string' && cleanName(name)) return cleanName(name);
  }
  return publisherIn(record['@graph'], depth + 1);
}

function jsonLdPublisher(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const name = publisherIn(JSON.parse(script.textContent ?? ''));
      if (name) return name;
    } catch {
      // A page's broken JSON-LD is the page's affair: the next source of the name is tried.
    }
  }
  return null;
}

/** "https://www.unn.ua/news/1" → "unn.ua"; null for an address with no host (a file). */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The page's outlet by its own account, else its address's host (a saved
 * page's own address is a file: then the address it says it has, its
 * canonical link or og:url); null when none says.
 */
export function findOutlet(doc: Document, url: string | null | undefined = doc.URL): string | null {
  return (
    metaContent(doc, 'meta[property="og:site_name"]') ??
    metaContent(doc, 'meta[name="application-name"]') ??
    jsonLdPublisher(doc) ??
    hostOf(url) ??
    hostOf(doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.getAttribute('href')) ??
    hostOf(doc.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content)
  );
}
