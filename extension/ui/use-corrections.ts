/** The reader's corrections of the shown Report: loaded for its page, applied at once, kept as they are made. */
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../src/core/types';
import { applyCorrections, undoCorrections, type Correction, type CorrectedReport } from '../../src/report/corrections';
import { forgetCorrections, loadCorrections, onCorrectionsChanged, recordCorrection } from '../corrections-storage';

export interface Corrections {
  /** The Report as the reader corrected it (as analysed while there are no corrections). */
  corrected: CorrectedReport;
  /** Every correction kept for the page, including any that no longer apply. */
  all: readonly Correction[];
  add(correction: Correction): void;
  /** Undoes every correction made on `finding`. */
  undo(finding: string): void;
}

export function useCorrections(report: Report): Corrections {
  const page = report.input;
  const [all, setAll] = useState<readonly Correction[]>([]);

  useEffect(() => {
    let current = true;
    setAll([]);
    loadCorrections(page).then(
      (loaded) => current && setAll(loaded),
      (error) => console.debug('[SourceLens]', error),
    );
    // Corrections made on a card in the page (or in another panel) show here at once.
    const stop = onCorrectionsChanged(() => page, (changed) => current && setAll(changed));
    return () => {
      current = false;
      stop();
    };
  }, [page]);

  const failed = (error: unknown) => console.debug('[SourceLens]', error);

  return {
    corrected: applyCorrections(report, all),
    all,
    // Shown at once; stored by the same calls a card's corrections go through, whose change then comes back here.
    add: (correction) => {
      setAll([...all, correction]);
      recordCorrection(page, correction).catch(failed);
    },
    undo: (finding) => {
      setAll(undoCorrections(all, finding));
      forgetCorrections(page, finding).catch(failed);
    },
  };
}
