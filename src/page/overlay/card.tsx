/**
 * The card that explains a mark, in plain words. `describeMark` turns a mark
 * into the card's content (pure); `Card` renders it with Preact. Page text
 * reaches the card only as JSX text, never as HTML.
 */
import { useState } from 'preact/hooks';
import type { Attribution, Kind, Report, SourceType } from '../../core/types';
import type { CorrectedReport, CorrectionAction, CorrectionState } from '../../report/corrections';
import type { Finding } from '../../report/findings';
import { CorrectionControls } from './correction-controls';
import { claimPath, MERGE_REASON_KEYS, sourceOf, type MarkKind } from '../../report/vocabulary';
import type { Mark } from './marks';
import { citationOf } from './citation';
import { englishWords, type CardMessage, type CardTranslate } from './words';

/** How long "Copied" shows on the card's button. */
const COPIED_FEEDBACK_MS = 1500;

/** The source type in words. */
const SOURCE_TYPE_WORDS: Readonly<Record<SourceType, CardMessage>> = {
  person: 'cardTypePerson',
  organization: 'cardTypeOrganization',
  publication: 'cardTypePublication',
  document: 'cardTypeDocument',
  group: 'cardTypeGroup',
};

/** How an on-record source of each type is identified. */
const NAMED_AS: Readonly<Record<SourceType, CardMessage>> = {
  person: 'cardNamedPerson',
  organization: 'cardNamedOrganization',
  publication: 'cardNamedPublication',
  document: 'cardNamedDocument',
  group: 'cardNamedGroup',
};

const KIND_WORDS: Readonly<Record<Kind, CardMessage>> = {
  anonymous: 'cardKindAnonymous',
  'on-record': 'cardKindOnRecord',
};

/** A mark's accessible name, per kind. */
const MARK_LABELS: Readonly<Record<MarkKind, CardMessage>> = {
  anonymous: 'markLabelAnonymous',
  onRecord: 'markLabelOnRecord',
  condition: 'markLabelCondition',
  quote: 'markLabelQuote',
};

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
  /** Where the finding is among all marked ("Finding 3 of 27"). */
  position?: string;
  /** The keys that work on the card's mark. */
  keys?: string;
}

/** Why an attribution is anonymous or on-record, in one plain sentence. */
function whyKind(report: Report, attribution: Attribution, t: CardTranslate): string {
  const source = sourceOf(report, attribution);
  const pronoun = attribution.refersTo && source ? `${t('cardRefersTo', attribution.source.text, source.name)} ` : '';
  if (attribution.kind === 'anonymous') {
    const description = source?.descriptor ?? source?.name ?? attribution.source.text;
    return `${pronoun}${t('cardAnonymousWhy', description)}`;
  }
  const name = source?.name ?? attribution.source.text;
  const descriptor = source?.descriptor ? ` (${source.descriptor})` : '';
  return `${pronoun}${t(NAMED_AS[attribution.type], `${name}${descriptor}`)}`;
}

function citedRow(report: Report, attribution: Attribution, t: CardTranslate): CardRow[] {
  const count = sourceOf(report, attribution)?.attributions.length ?? 0;
  return count > 1 ? [{ label: t('cardRowCited'), value: t('cardCitedTimes', count) }] : [];
}

function attributionContent(report: Report, attribution: Attribution, t: CardTranslate): CardContent {
  const anonymous = attribution.kind === 'anonymous';
  const rows: CardRow[] = [
    { label: t('cardRowSource'), value: attribution.source.text },
    { label: t('cardRowType'), value: t(SOURCE_TYPE_WORDS[attribution.type]) },
    { label: t('cardRowCue'), value: attribution.cue.text },
  ];
  if (attribution.quote) rows.push({ label: t('cardRowQuote'), value: attribution.quote.text, quoted: true });
  if (anonymous) rows.push({ label: t('cardRowReason'), value: attribution.reason?.text ?? t('cardNoReason') });
  rows.push(...citedRow(report, attribution, t));
  // "the newspaper" is Reuters: which voice this mention was joined to, and why (a pronoun says so in `why`).
  const source = sourceOf(report, attribution);
  const joined = source?.mentions.find((mention) => mention.attribution === attribution.id);
  if (source && joined && joined.why !== 'pronoun') rows.push({ label: t('cardRowSameAs'), value: `${source.name} (${t(MERGE_REASON_KEYS[joined.why])})` });
  // The chain this claim travelled, when the article relays it through another outlet (three names or more).
  const path = claimPath(report, attribution);
  if (path.length > 2) rows.push({ label: t('cardRowPath'), value: path.join(' → ') });
  return {
    kind: anonymous ? 'anonymous' : 'onRecord',
    title: t(anonymous ? 'cardTitleAnonymous' : 'cardTitleOnRecord'),
    why: whyKind(report, attribution, t),
    rows,
  };
}

/**
 * Classroom mode's plain words, per kind of finding. The anonymous one
 * depends on whether the article says why it granted anonymity.
 */
function lessonFor(mark: Mark): CardMessage {
  const { finding } = mark;
  if (finding.type === 'condition') return 'cardLessonCondition';
  if (finding.type === 'quote') return 'cardLessonQuote';
  if (finding.attribution.kind === 'on-record') return 'cardLessonOnRecord';
  return finding.attribution.reason ? 'cardLessonAnonymousWithReason' : 'cardLessonAnonymousWithoutReason';
}

export interface DescribeOptions {
  /** Classroom mode: add a plain-words lesson. */
  classroom?: boolean;
  /** The interface language's words; default English. */
  translate?: CardTranslate;
}

/** What the card for `mark` says, with its citation; with `classroom`, a plain-words lesson too. */
export function describeMark(report: Report, mark: Mark, { classroom = false, translate = englishWords }: DescribeOptions = {}): CardContent {
  const content: CardContent = { ...describeFinding(report, mark, translate), citation: citationOf(report, mark) };
  return classroom ? { ...content, lesson: translate(lessonFor(mark)) } : content;
}

function describeFinding(report: Report, mark: Mark, t: CardTranslate): CardContent {
  const { finding } = mark;
  if (finding.type === 'attribution') return attributionContent(report, finding.attribution, t);
  if (finding.type === 'quote') {
    // The attribution's card, seen from its quote: the quote itself is what is marked.
    const { attribution } = finding;
    const ofAttribution = attributionContent(report, attribution, t);
    return {
      kind: 'quote',
      title: t('cardTitleQuote'),
      why: `${t('cardQuoteWhy', attribution.source.text)} ${ofAttribution.why}`,
      rows: ofAttribution.rows.filter((row) => row.label !== t('cardRowQuote')),
    };
  }
  const { condition } = finding;
  const owner = condition.attribution
    ? report.attributions.find((attribution) => attribution.id === condition.attribution)
    : undefined;
  return {
    kind: 'condition',
    title: t('cardTitleCondition'),
    why: t('cardConditionWhy'),
    rows: [
      { label: t('cardRowMarker'), value: condition.marker.text },
      { label: t('cardRowCondition'), value: condition.clause.text, quoted: true },
      {
        label: t('cardRowSetBy'),
        value: owner ? `${owner.source.text} (${t(KIND_WORDS[owner.kind])})` : t('cardUncredited'),
      },
    ],
  };
}

/** Longest accessible label for a focus target, in characters. */
export const LABEL_MAX_CHARS = 120;

/** The short `aria-label` of a mark's focus target: its kind and its text. */
export function markLabel(mark: Mark, translate: CardTranslate = englishWords): string {
  const text = mark.spans.map((span) => span.text).join(' … ');
  const shortened = text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1)}…` : text;
  return translate(MARK_LABELS[mark.kind], shortened);
}

/** A reader's corrections on the card's finding: where it stands, and (where someone keeps corrections) the controls to make more. */
export interface CardCorrection {
  state: CorrectionState;
  /** What the controls correct; absent where no one keeps corrections, or once the finding is removed. */
  controls?: { report: CorrectedReport; finding: Finding; attribution: Attribution | null; onCorrect(action: CorrectionAction): void };
  /** Undoes the corrections made on this finding; absent when there are none. */
  onUndo?: () => void;
}

/** The note of a corrected finding, per state. */
function correctionNote(correction: CardCorrection, findingIsCondition: boolean): CardMessage | null {
  if (correction.state === 'removed') return findingIsCondition ? 'correctedNotCondition' : 'correctedNotAttribution';
  return correction.state === 'corrected' ? 'correctedNote' : null;
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
  /** The interface language's words; default English. */
  translate?: CardTranslate;
  correction?: CardCorrection;
}

function CopyCitation({ citation, t }: { citation: string; t: CardTranslate }) {
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
      {t(copied === true ? 'cardCopied' : copied === false ? 'cardCopyFailed' : 'cardCopyCitation')}
    </button>
  );
}

export function Card({ id, content, position, pinned = false, onClose, onTogglePin, translate: t = englishWords, correction }: CardProps) {
  const note = correction ? correctionNote(correction, content.kind === 'condition') : null;
  const style = {
    top: `${position.top}px`,
    left: `${position.left}px`,
    transform: position.above ? 'translateY(-100%)' : 'none',
  };
  return (
    <div class="card" id={id} role="tooltip" data-kind={content.kind} data-pinned={pinned ? '' : undefined} style={style}>
      <div class="head">
        <h2>{content.title}</h2>
        {content.position && <p class="position">{content.position}</p>}
        {onTogglePin && (
          <button type="button" class="pin" aria-pressed={pinned} onClick={onTogglePin}>
            {t(pinned ? 'cardUnpin' : 'cardPin')}
          </button>
        )}
        {onClose && (
          <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
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
      {note && (
        <p class="corrected" data-testid="card-corrected">
          {t(note)}{' '}
          {correction?.onUndo && (
            <button type="button" class="undo" onClick={correction.onUndo}>
              {t('undoCorrection')}
            </button>
          )}
        </p>
      )}
      {content.citation && <CopyCitation citation={content.citation} t={t} />}
      {correction?.controls && <CorrectionControls {...correction.controls} translate={t} />}
      {content.keys && <p class="keys">{content.keys}</p>}
    </div>
  );
}
