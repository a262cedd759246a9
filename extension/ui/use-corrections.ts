/** The reader's corrections of the shown Report: loaded for its page, applied at once, kept as they are made. */
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../src/core/types';
import { applyCorrections, undoCorrections, type Correction, type CorrectedReport } from '../../src/report/corrections';
import { loadCorrections, saveCorrections } from '../corrections-storage';

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
    return () => {
      current = false;
    };
  }, [page]);

  const keep = (next: readonly Correction[]) => {
    setAll(next);
    saveCorrections(page, next).catch((error) => console.debug('[SourceLens]', error));
  };

  return {
    corrected: applyCorrections(report, all),
    all,
    add: (correction) => keep([...all, correction]),
    undo: (finding) => keep(undoCorrections(all, finding)),
  };
}
