import type { Report } from '../../src/core/types';
import { t } from '../i18n';
import { chainSummary } from './summary';

/** The top of the profile: "UNN → Reuters → sources in Russia · 6 anonymous voices, 6 named". */
export function ChainLine({ report }: { report: Report }) {
  const chain = chainSummary(report);
  if (chain === null) return null;
  return (
    <p class="chain" data-testid="chain">
      <span class="label">{t('chainLabel')}:</span> {chain.links.join(' → ')}
      <span class="voices"> · {t('chainVoices', chain.anonymousVoices, chain.namedVoices)}</span>
    </p>
  );
}
