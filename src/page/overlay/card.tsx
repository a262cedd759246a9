/**
 * The card that explains a mark, in plain words. `describeMark` turns a mark
 * into the card's content (pure); `Card` renders it with Preact. Page text
 * reaches the card only as JSX text, never as HTML.
 */
import { useState } from 'preact/hooks';
import type { Attribution, Kind, Report, SourceType } from '../../core/types';
import { sourceOf } from '../../report/vocabulary';
import type { Mark } from './marks';
import { citationOf } from './citation';
import { MARK_STYLES } from './styles';

/** How long "Copied" shows on the card's button. */
const COPIED_FEEDBACK_MS = 1500;

/** The source type in words. */
export const SOURCE_TYPE_WORDS: Readonly<Record<SourceType, string>> = {
  person: 'a person',
  organization: 'an organisation',
  publication: 'a publication',
  document: 'a document',
  group: 'a group of people',
};

/** How an on-record source of each type is identified. */
const NAMED_AS: Readonly<Record<SourceType, string>> = {
  person: 'named',
  organization: 'a named organisation',
  publication: 'a named publication',
  document: 'a named document',
  group: 'a named group',
};

const KIND_WORDS: Readonly<Record<Kind, string>> = {
  anonymous: 'anonymous',
  'on-record': 'on the record',
};

/** Said in place of a missing anonymity reason. */
export const NO_REASON_TEXT = 'The article gives no reason for the anonymity.';
/** Said of a condition that no attribution holds. */
export const UNCREDITED_CONDITION_TEXT = 'Not credited to a source: the article states it in its own voice.';

export interface CardRow {
  label: string;
  value: string;
  /** Shown as a quotation. */
  quoted?: boolean;
}

export interface CardContent {
  kind: Mark['kind'];
  title: string;
  /** One sentence saying why the mark is what it is. */
  why: string;
  rows: CardRow[];
  /** Classroom mode: what this kind of finding is, in plain words for students. */
  lesson?: string;
  /** The finding as a citation to paste (quote, source, title, URL): `citation.ts`. */
  citation?: string;
}

/** Why an attribution is anonymous or on-record, in one plain sentence. */
function whyKind(report: Report, attribution: Attribution): string {
  const source = sourceOf(report, attribution);
  const pronoun = attribution.refersTo && source ? `“${attribution.source.text}” refers to ${source.name}. ` : '';
  if (attribution.kind === 'anonymous') {
    const description = source?.descriptor ?? source?.name ?? attribution.source.text;
    return `${pronoun}No name is given; described as “${description}”.`;
  }
  const name = source?.name ?? attribution.source.text;
  const descriptor = source?.descriptor ? ` (${source.descriptor})` : '';
  const namedAs = NAMED_AS[attribution.type];
  return `${pronoun}${namedAs.charAt(0).toUpperCase()}${namedAs.slice(1)}: ${name}${descriptor}.`;
}

function citedRow(report: Report, attribution: Attribution): CardRow[] {
  const count = sourceOf(report, attribution)?.attributions.length ?? 0;
  return count > 1 ? [{ label: 'Cited', value: `${count} times in this article` }] : [];
}

function attributionContent(report: Report, attribution: Attribution): CardContent {
  const anonymous = attribution.kind === 'anonymous';
  const rows: CardRow[] = [
    { label: 'Source', value: attribution.source.text },
    { label: 'Type', value: SOURCE_TYPE_WORDS[attribution.type] },
    { label: 'Cue', value: attribution.cue.text },
  ];
  if (attribution.quote) rows.push({ label: 'Quote', value: attribution.quote.text, quoted: true });
  if (anonymous) rows.push({ label: 'Reason', value: attribution.reason?.text ?? NO_REASON_TEXT });
  rows.push(...citedRow(report, attribution));
  return {
    kind: anonymous ? 'anonymous' : 'onRecord',
    title: anonymous ? 'Anonymous source' : 'On-record source',
    why: whyKind(report, attribution),
    rows,
  };
}

/**
 * Classroom mode's plain words, per kind of finding. The anonymous one
 * depends on whether the article says why it granted anonymity.
 */
export const LESSONS = {
  anonymousWithReason:
    'An anonymous source is one the reader cannot identify. Newsrooms are expected to say why they granted anonymity; this article does.',
  anonymousWithoutReason:
    'An anonymous source is one the reader cannot identify. Newsrooms are expected to say why they granted anonymity; this article does not.',
  onRecord: 'An on-record source is named, so readers can judge who is speaking and check what they said elsewhere.',
  quote: 'A direct quote gives the source’s own words inside quotation marks; the rest of the article puts things in the reporter’s words.',
  condition: 'A condition is an “if” attached to a claim: the claim holds only when it is met. Read the claim and its condition together.',
} as const;

function lessonFor(mark: Mark): string {
  const { finding } = mark;
  if (finding.type === 'condition') return LESSONS.condition;
  if (finding.type === 'quote') return LESSONS.quote;
  if (finding.attribution.kind === 'on-record') return LESSONS.onRecord;
  return finding.attribution.reason ? LESSONS.anonymousWithReason : LESSONS.anonymousWithoutReason;
}

/** What the card for `mark` says, with its citation; with `classroom`, a plain-words lesson too. */
export function describeMark(report: Report, mark: Mark, options: { classroom?: boolean } = {}): CardContent {
  const content: CardContent = { ...describeFinding(report, mark), citation: citationOf(report, mark) };
  return options.classroom ? { ...content, lesson: lessonFor(mark) } : content;
}

function describeFinding(report: Report, mark: Mark): CardContent {
  const { finding } = mark;
  if (finding.type === 'attribution') return attributionContent(report, finding.attribution);
  if (finding.type === 'quote') {
    // The attribution's card, seen from its quote: the quote itself is what is marked.
    const { attribution } = finding;
    const ofAttribution = attributionContent(report, attribution);
    return {
      kind: 'quote',
      title: 'Direct quote',
      why: `Attributed to ${attribution.source.text}. ${ofAttribution.why}`,
      rows: ofAttribution.rows.filter((row) => row.label !== 'Quote'),
    };
  }
  const { condition } = finding;
  const owner = condition.attribution
    ? report.attributions.find((attribution) => attribution.id === condition.attribution)
    : undefined;
  return {
    kind: 'condition',
    title: 'Condition',
    why: 'A claim, offer or demand here depends on this.',
    rows: [
      { label: 'Marker', value: condition.marker.text },
      { label: 'Condition', value: condition.clause.text, quoted: true },
      {
        label: 'Set by',
        value: owner ? `${owner.source.text} (${KIND_WORDS[owner.kind]})` : UNCREDITED_CONDITION_TEXT,
      },
    ],
  };
}

/** Longest accessible label for a focus target, in characters. */
export const LABEL_MAX_CHARS = 120;

/** The short `aria-label` of a mark's focus target: its kind and its text. */
export function markLabel(mark: Mark): string {
  const text = mark.spans.map((span) => span.text).join(' … ');
  const shortened = text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1)}…` : text;
  return `${MARK_STYLES[mark.kind].label}: ${shortened}`;
}

export interface CardProps {
  id: string;
  content: CardContent;
  /** Where the card goes, in document coordinates; `above` puts its bottom edge at `top`. */
  position: { top: number; left: number; above: boolean };
  /** Pinned: the card stays while the reader moves on, until closed. */
  pinned?: boolean;
  onClose?: () => void;
  onTogglePin?: () => void;
}

function CopyCitation({ citation }: { citation: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    globalThis.navigator.clipboard.writeText(citation).then(
      () => setCopied(true),
      () => setCopied(false),
    );
    setTimeout(() => setCopied(null), COPIED_FEEDBACK_MS);
  };
  return (
    <button type="button" class="cite" data-citation={citation} onClick={copy}>
      {copied === true ? 'Copied' : copied === false ? 'Could not copy' : 'Copy citation'}
    </button>
  );
}

export function Card({ id, content, position, pinned = false, onClose, onTogglePin }: CardProps) {
  const style = {
    top: `${position.top}px`,
    left: `${position.left}px`,
    transform: position.above ? 'translateY(-100%)' : 'none',
  };
  return (
    <div class="card" id={id} role="tooltip" data-kind={content.kind} data-pinned={pinned ? '' : undefined} style={style}>
      <div class="head">
        <h2>{content.title}</h2>
        {onTogglePin && (
          <button type="button" class="pin" aria-pressed={pinned} onClick={onTogglePin}>
            {pinned ? 'Unpin' : 'Pin'}
          </button>
        )}
        {onClose && (
          <button type="button" class="close" aria-label="Close card" onClick={onClose}>
            ×
          </button>
        )}
      </div>
      {content.lesson && <p class="lesson">{content.lesson}</p>}
      <p class="why">{content.why}</p>
      <dl>
        {content.rows.map((row) => [
          <dt key={`${row.label}-label`}>{row.label}</dt>,
          <dd key={`${row.label}-value`}>{row.quoted ? <q>{row.value}</q> : row.value}</dd>,
        ])}
      </dl>
      {content.citation && <CopyCitation citation={content.citation} />}
    </div>
  );
}
