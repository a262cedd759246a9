/**
 * The extractor's knowledge, as data: which elements never hold article
 * text, which class/id words speak for or against a block, and the
 * thresholds of the scoring. Tuned on the AEB corpus with general rules
 * only (no site's names in here).
 */

/** Elements whose content is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'video', 'audio', 'picture', 'img', 'map', 'dialog',
  // Form controls: their labels and values are interface, not prose.
  'input', 'select', 'textarea', 'button', 'option', 'optgroup', 'datalist',
  'output', 'progress', 'meter', 'label',
]);

/** Elements that start and end a block of text (a paragraph break in the output). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd',
  'details', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that are page furniture wherever they are (inside the article too). */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'footer',
  // Pictures and their captions: a caption describes a photo, it is not the story.
  'figure', 'figcaption',
]);

/** ARIA roles of the same furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar',
  'search', 'dialog', 'alertdialog', 'toolbar', 'tablist',
]);

/** Our own interface, never part of the article. */
export const OWN_UI_ATTRIBUTE = 'data-sourcelens';

/** Inline styles that hide an element. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Class/id words and how much they count for (+) or against (−) a block
 * holding the article. Matched against `class` + " " + `id`, lower-cased.
 */
export const CLASS_HINTS: ReadonlyArray<{ pattern: RegExp; weight: number }> = [
  { pattern: /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/, weight: 25 },
  {
    pattern:
      /-ad-|^ad-|\bads?\b|advert|banner|breadcrumb|combx|comment|com-|contact|cookie|disqus|footer|gdpr|masthead|\bmedia\b|meta|modal|outbrain|paywall|popup|promo|recommend|related|read-?also|more-?stories|scroll|share|sharing|social|shoutbox|sidebar|skyscraper|sponsor|shopping|subscribe|newsletter|signup|tags?\b|taboola|teaser|toolbar|widget|byline|author|caption|credit|timestamp|dateline|views|counter|rating|print|email|follow/,
    weight: -25,
  },
];

/** Words in class/id that mark a block as furniture even inside the article body. */
export const FURNITURE_HINT =
  /comment|disqus|share|sharing|social|related|read-?also|more-?stories|recommend|newsletter|subscribe|signup|promo|outbrain|taboola|sponsor|advert|\bads?\b|-ad-|^ad-|breadcrumb|tags?\b|cookie|gdpr|modal|popup|toolbar|widget|sidebar|byline|dateline|timestamp|views|counter|caption|credit|gallery|slideshow|carousel|lightbox|\brail\b|trending|most-?(?:read|viewed|popular)|popular|author|copyright|licen[cs]e|disclaimer|legend|didascalia|\bdida\b/;

/**
 * Class/id words of a picture's box: a short text in one is its caption
 * (a long one is a block laid out beside a picture: "has-image", "image-text").
 */
export const PICTURE_HINT = /\bimg|\bimage|\bphoto|\bvisual\b/;

/**
 * Whole class/id words (split at "-", "_" and camelCase) naming a thread of
 * comments: readers' long comments can outscore a short article, so a block
 * inside one is not a candidate. (Sidebars and menus are not listed: layout
 * wrappers are named after them, "content-with-sidebar", and they seldom
 * outscore the story.)
 */
export const COMMENT_CONTAINER_WORDS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'discussion', 'replies', 'respond',
]);

/** …unless the same element also says it is the article body. */
export const BODY_HINT = /article-?body|articlebody|post-?body|entry-?content|story-?body|article-?content|post-?content|story-?content|body-?text|article-?text/;

/**
 * Class/id words of an article's own lead (standfirst, intro, deck, chapô):
 * between the headline and the body such a block is the article's, even when
 * a furniture word ("teaser") is in its name too.
 */
export const LEAD_HINT = /lead|intro|teaser|excerpt|standfirst|summary|abstract|chapo|chapeau|\bdeck\b|\bdek\b|sub-?head|subtitle|epigraph/;

/** Starting score of a candidate block, by tag (Readability's values). */
export const TAG_BASE_SCORE: Readonly<Record<string, number>> = {
  div: 5, article: 5, main: 5, section: 3,
  pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

export const SCORING = {
  /** A run of text shorter than this is not a paragraph and scores nothing. */
  minParagraphChars: 25,
  /** Characters per extra point of a paragraph, and the cap on those points. */
  charsPerPoint: 100,
  maxLengthPoints: 3,
  /** How far up a paragraph's score is shared. */
  ancestorLevels: 5,
  /** A sibling joins the article when it scores this share of the best block… */
  siblingShareOfTop: 0.2,
  /** …and at least this much. */
  siblingMinScore: 10,
  /** A paragraph-like sibling joins with this much text and little link text. */
  siblingParagraphChars: 80,
  siblingMaxLinkDensity: 0.25,
  /** Alternatives this close to the best block make their common ancestor the article. */
  alternativeShare: 0.75,
  alternativesNeeded: 3,
  /** A parent whose text is at least this share the best block's is only its wrapper. */
  wrapperTextShare: 0.9,
  /** A sibling of such a wrapper must be this free of links to continue the article. */
  chunkMaxLinkDensity: 0.15,
  /** The best block outside furniture (comments…) wins if it scores this share of the best inside. */
  outsideFurnitureShare: 0.3,
  /** The best block in the headline's own <article> wins if it scores this share of the best elsewhere. */
  headlineStoryShare: 0.3,
  topCandidates: 5,
  /** Paragraph points a block must hold (in all its depth) to be the article. */
  minCandidatePoints: 5,
  /** How many of the best blocks are tried, in turn, for an article. */
  fallbackCandidates: 3,
  /** An article with less prose than this is thin: the other candidates are weighed against it… */
  thinArticleChars: 1000,
  /** …and one with this many times its prose is taken instead. */
  thinArticleRatio: 2,
  /** A block inside the core holding this share of its text is the article, whatever its class/id says. */
  furnitureMaxShareOfCore: 0.8,
  /** A paragraph this long without its links is running prose, never a teaser's blurb. */
  longProseChars: 200,
  /** Most text between the headline and the body that is still looked at for a lead. */
  leadRegionChars: 1500,
} as const;

/** Inside the chosen article, which blocks are dropped as furniture. */
export const CLEANING = {
  /** Containers whose text is more than this share links are link lists. */
  maxLinkDensity: 0.5,
  /** …or more than this share when the class/id speaks against them. */
  maxLinkDensityWhenSuspect: 0.2,
  /** A block the class/id speaks against, shorter than this and not a sentence, is a label (dateline, counter). */
  maxSuspectLabelChars: 80,
  /** Longest text of a picture's box (PICTURE_HINT) taken for its caption. */
  maxCaptionChars: 300,
  /** Longest bare URL looked at as a block of its own. */
  maxUrlChars: 300,
} as const;

/** When a page has an article at all. */
export const ARTICLE_MINIMUM = {
  /** Characters of text, all blocks together, in paragraphs of at least `paragraphChars`. */
  chars: 100,
  paragraphChars: 80,
  /** Largest share of that text that may be link text. */
  maxLinkDensity: 0.5,
} as const;
