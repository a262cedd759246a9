/**
 * The corrections a reader can make on one finding, folded away until asked
 * for: not an attribution (or not a condition), its kind, its type, the same
 * source as another.
 */
import type { Attribution, Kind, SourceType } from '../../src/core/types';
import type { CorrectedReport, CorrectionAction } from '../../src/report/corrections';
import { sourceOf } from '../../src/report/vocabulary';
import { t } from '../i18n';
import type { Finding } from '../../src/report/findings';
import { KIND_NAMES, SINGLE_TYPE_LABELS } from '../ui/labels';

const KINDS: readonly Kind[] = ['anonymous', 'on-record'];
const TYPES: readonly SourceType[] = ['person', 'organization', 'publication', 'document', 'group'];

interface CorrectionControlsProps {
  report: CorrectedReport;
  finding: Finding;
  /** The attribution as corrected so far; null for a condition. */
  attribution: Attribution | null;
  onCorrect(action: CorrectionAction): void;
}

export function CorrectionControls({ report, finding, attribution, onCorrect }: CorrectionControlsProps) {
  const id = finding.id;
  return (
    <details class="correct" data-testid="correct">
      <summary aria-label={t('correctFindingOf', id)}>{t('correctFinding')}</summary>
      <div class="correct-options">
        <button type="button" data-testid="remove" onClick={() => onCorrect({ action: 'remove' })}>
          {t(attribution ? 'correctNotAttribution' : 'correctNotCondition')}
        </button>
        {attribution && <AttributionCorrections report={report} attribution={attribution} onCorrect={onCorrect} />}
      </div>
    </details>
  );
}

function AttributionCorrections({ report, attribution, onCorrect }: { report: CorrectedReport; attribution: Attribution; onCorrect(action: CorrectionAction): void }) {
  const own = sourceOf(report, attribution);
  // Other sources, each named by its first attribution (the one the correction will point to).
  const others = report.sources.filter((source) => source !== own && source.attributions.length > 0);
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
