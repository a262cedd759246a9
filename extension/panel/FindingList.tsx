/**
 * The panel's list of findings in text order: each one jumps to its mark,
 * the one the reader is at is outlined, and each can be corrected (and the
 * correction undone). The list is the analysed Report's, so a finding the
 * reader removed stays listed, struck through, to be undone.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Attribution, Report } from '../../src/core/types';
import { correctionStateOf, findingText, type CorrectedReport, type CorrectionAction } from '../../src/report/corrections';
import { t } from '../i18n';
import { ConditionHolder } from '../ui/ConditionHolder';
import { findingsInTextOrder, type Finding } from '../../src/report/findings';
import { KIND_NAMES, SINGLE_TYPE_LABELS, sourceOf } from '../../src/report/vocabulary';
import type { Corrections } from '../ui/use-corrections';
import { CorrectionControls } from '../../src/page/overlay/correction-controls';

interface FindingListProps {
  /** As analysed: the list and the words corrections are made on. */
  report: Report;
  corrections: Corrections;
  current: string | null;
  onJump(id: string): void;
}

export function FindingList({ report, corrections, current, onJump }: FindingListProps) {
  const list = useRef<HTMLOListElement>(null);
  const findings = findingsInTextOrder(report);

  // The finding the reader is at stays in sight in the list (without taking the keyboard focus).
  useEffect(() => {
    if (current === null) return;
    list.current?.querySelector(`[data-finding="${CSS.escape(current)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  if (findings.length === 0) return null;
  const { corrected } = corrections;
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">
        {t('findingsHeading')} <span class="count">({findings.length})</span>
      </h2>
      <p class="note">{t('findingsHint')}</p>
      <ol class="findings" ref={list}>
        {findings.map((finding) => {
          const now = correctedFinding(corrected, finding);
          const correctedHere = corrected.corrections.some((c) => c.finding === finding.id);
          const state = correctionStateOf(corrected, finding.id);
          const correct = (action: CorrectionAction) =>
            corrections.add({ finding: finding.id, text: findingText(finding.kind === 'condition' ? finding.condition : finding.attribution), ...action });
          return (
            <li key={finding.id} data-correction={state}>
              <FindingButton report={corrected} finding={finding} now={now} current={finding.id === current} onJump={onJump} />
              {state !== 'as-analysed' && (
                <p class="corrected-note">
                  {t(state === 'removed' ? (finding.kind === 'condition' ? 'correctedNotCondition' : 'correctedNotAttribution') : 'correctedNote')}{' '}
                  {correctedHere && (
                    <button type="button" class="undo" data-testid="undo" onClick={() => corrections.undo(finding.id)} aria-label={t('undoCorrectionOf', finding.id)}>
                      {t('undoCorrection')}
                    </button>
                  )}
                </p>
              )}
              {now !== null && <CorrectionControls report={corrected} finding={finding} attribution={now === true ? null : now} onCorrect={correct} translate={t} sameSource />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * The finding as corrected: its attribution (with `corrected` when changed),
 * `true` for a condition still there, null when the reader removed it.
 */
function correctedFinding(corrected: CorrectedReport, finding: Finding): (Attribution & { corrected?: true }) | true | null {
  if (finding.kind === 'condition') return corrected.conditions.some((c) => c.id === finding.id) ? true : null;
  return corrected.attributions.find((a) => a.id === finding.id) ?? null;
}

interface FindingButtonProps {
  report: CorrectedReport;
  finding: Finding;
  now: (Attribution & { corrected?: true }) | true | null;
  current: boolean;
  onJump(id: string): void;
}

function FindingButton({ report, finding, now, current, onJump }: FindingButtonProps) {
  const shared = {
    type: 'button' as const,
    'data-finding': finding.id,
    'aria-current': current ? ('true' as const) : undefined,
    onClick: () => onJump(finding.id),
  };
  if (finding.kind === 'condition') {
    const condition = report.conditions.find((c) => c.id === finding.id) ?? finding.condition;
    return (
      <button {...shared} class="finding condition">
        <span class="label">{t('findingCondition')}</span>
        <span class="clause">{condition.clause.text}</span>
        <ConditionHolder report={report} condition={condition} />
      </button>
    );
  }
  const attribution = now === null || now === true ? finding.attribution : now;
  // The voice this mention belongs to, where the words here do not name it ("the newspaper" → UNN).
  const voice = now === null || now === true ? undefined : sourceOf(report, attribution);
  const otherName = voice && !attribution.source.text.toLowerCase().includes(voice.name.toLowerCase()) ? voice.name : null;
  return (
    <button {...shared} class={`finding kind-${attribution.kind}`}>
      <span class="label">
        {t(KIND_NAMES[attribution.kind])} · {t(SINGLE_TYPE_LABELS[attribution.type])}
      </span>
      <span class="name">{attribution.source.text}</span>
      <span class="cue">{attribution.cue.text}</span>
      {otherName && <span class="voice">{t('findingVoice', otherName)}</span>}
    </button>
  );
}
