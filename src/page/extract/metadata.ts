/**
 * The article's text as the page declares it in its metadata, for a page
 * whose text is not in its blocks (built by a script from a JSON state, a
 * paywall's teaser, a post that is one line): schema.org's `articleBody`, or
 * from a schema.org Article (NewsArticle, BlogPosting…), or else the page's
 * description on a page whose og:type is "article", so that an index, a
 * product page or a login wall still has none.
 *
 * Such text is in no text node of the page: it can be analysed, never
 * marked in place, so only the command line asks for it.
 */
import { collapseSpace } from './text';

/** schema.org types of articles: Article and its subtypes (NewsArticle, BlogPosting, Report, ...). */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
/** Markup a CMS leaves in a JSON-LD string ("<p>…</p>"): read as the text it wraps, never parsed. */
const MARKUP = /<[^>]*>/g;

export interface MetadataArticle {
  text: string;
  /** Where it came from, for the reader: "articleBody" or "description". */
  from: 'articleBody' | 'description';
}

/** The JSON-LD objects of a page, each node of each `@graph` and array as one. */
function* jsonLdNodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* jsonLdNodes(item);
  } else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    yield node;
    if (node['@graph'] !== undefined) yield* jsonLdNodes(node['@graph']);
  }
}

function isArticleNode(node: Record<string, unknown>): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type));
}

function plainText(value: unknown): string {
  return typeof value === 'string' ? collapseSpace(value.replace(MARKUP, ' ')) : '';
}

/**
 * The declared article text of a page, or null. `scripts` and `metas` are
 * the page's <script> and <meta> elements.
 */
export function metadataArticle(scripts: readonly Element[], metas: readonly Element[]): MetadataArticle | null {
  for (const script of scripts) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A page's broken JSON-LD is its own affair: the rest may still say something.
    }
    for (const node of jsonLdNodes(data)) {
      const body = isArticleNode(node) ? plainText(node.articleBody) : '';
      if (body) return { text: body, from: 'articleBody' };
    }
  }
  // A summary stands for the text only on a page whose Open Graph type says it
  // is an article: CMSs set it page by page ("website" on the others), while
  // a schema.org type is often the same on every page of a site.
  const isArticle = metas.some((meta) => meta.getAttribute('property') === 'og:type' && meta.getAttribute('content')?.trim().toLowerCase() === 'article');
  if (!isArticle) return null;
  for (const [attribute, value] of [['name', 'description'], ['property', 'og:description']]) {
    const meta = metas.find((element) => element.getAttribute(attribute) === value);
    const text = plainText(meta?.getAttribute('content'));
    if (text) return { text, from: 'description' };
  }
  return null;
}
