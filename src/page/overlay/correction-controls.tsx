/**
 * The corrections a reader can make on one finding, folded away until asked
 * for: not an attribution (or not a condition), its kind, its type, and (in
 * the side panel) the same source as another. One component for the panel and
 * the in-page card, so both offer the same corrections and make the same
 * `CorrectionAction`; whoever shows it keeps the correction (the extension,
 * in `storage.local`). Page text reaches it only as JSX text.
 */
import type { Attribution, Kind, SourceType } from '../../core/types';
import type { CorrectedReport, CorrectionAction } from '../../report/corrections';
import type { Finding } from '../../report/findings';
import { KIND_NAMES, SINGLE_TYPE_LABELS, sourceOf } from '../../report/vocabulary';

const KINDS: readonly Kind[] = ['anonymous', 'on-record'];
const TYPES: readonly SourceType[] = ['person', 'organization', 'publication', 'document', 'group'];

/** Every `_locales` key the controls show. */
export const CORRECTION_MESSAGES = [
  'correctFinding',
  'correctFindingOf',
  'correctNotAttribution',
  'correctNotCondition',
  'correctKind',
  'correctType',
  'correctSameSource',
  'correctChooseSource',
  ...Object.values(KIND_NAMES),
  ...Object.values(SINGLE_TYPE_LABELS),
] as const;

export type CorrectionMessage = (typeof CORRECTION_MESSAGES)[number];
export type CorrectionTranslate = (key: CorrectionMessage, ...substitutions: (string | number)[]) => string;

interface CorrectionControlsProps {
  report: CorrectedReport;
  finding: Finding;
  /** The attribution as corrected so far; null for a condition. */
  attribution: Attribution | null;
  onCorrect(action: CorrectionAction): void;
  translate: CorrectionTranslate;
  /** Offer "Same source as…" (the panel, which lists the sources to choose from). */
  sameSource?: boolean;
}

export function CorrectionControls({ report, finding, attribution, onCorrect, translate: t, sameSource = false }: CorrectionControlsProps) {
  const id = finding.id;
  return (
    <details class="correct" data-testid="correct">
      <summary aria-label={t('correctFindingOf', id)}>{t('correctFinding')}</summary>
      <div class="correct-options">
        <button type="button" data-testid="remove" onClick={() => onCorrect({ action: 'remove' })}>
          {t(attribution ? 'correctNotAttribution' : 'correctNotCondition')}
        </button>
        {attribution && <AttributionCorrections report={report} attribution={attribution} onCorrect={onCorrect} t={t} sameSource={sameSource} />}
      </div>
    </details>
  );
}

interface AttributionCorrectionsProps {
  report: CorrectedReport;
  attribution: Attribution;
  onCorrect(action: CorrectionAction): void;
  t: CorrectionTranslate;
  sameSource: boolean;
}

function AttributionCorrections({ report, attribution, onCorrect, t, sameSource }: AttributionCorrectionsProps) {
  const own = sourceOf(report, attribution);
  // Other sources, each named by its first attribution (the one the correction will point to).
  const others = sameSource ? report.sources.filter((source) => source !== own && source.attributions.length > 0) : [];
  const wordsOf = (attributionId: string) => report.attributions.find((a) => a.id === attributionId)?.source.text ?? '';
  return (
    <>
      <Choice label={t('correctKind')} testId="kind" value={attribution.kind} options={KINDS} labelOf={(kind) => t(KIND_NAMES[kind])} onChoose={(kind) => onCorrect({ action: 'kind', kind })} />
      <Choice label={t('correctType')} testId="type" value={attribution.type} options={TYPES} labelOf={(type) => t(SINGLE_TYPE_LABELS[type])} onChoose={(type) => onCorrect({ action: 'type', type })} />
      {others.length > 0 && (
        <label>
          {t('correctSameSource')}{' '}
          <select
            data-testid="same-source"
            value=""
            onChange={(event) => {
              const as = event.currentTarget.value;
              if (as) onCorrect({ action: 'same-source', as, asText: wordsOf(as) });
            }}
          >
            <option value="">{t('correctChooseSource')}</option>
            {others.map((source) => (
              <option key={source.id} value={source.attributions[0]}>
                {source.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

interface ChoiceProps<T extends string> {
  label: string;
  testId: string;
  value: T;
  options: readonly T[];
  labelOf(option: T): string;
  onChoose(option: T): void;
}

/** A labelled list to pick one value from (a source's kind, its type). */
function Choice<T extends string>({ label, testId, value, options, labelOf, onChoose }: ChoiceProps<T>) {
  return (
    <label>
      {label}{' '}
      <select data-testid={testId} value={value} onChange={(event) => onChoose(event.currentTarget.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
