import type { Condition, Report } from '../../src/core/types';
import { t } from '../i18n';
import { conditionHolder } from '../popup/summary';

/** "set by Putin · via Reuters", or the article's own: one wording for the popup and the panel. */
export function ConditionHolder({ report, condition }: { report: Report; condition: Condition }) {
  const { holder, via } = conditionHolder(report, condition);
  return (
    <span class="setter">
      {holder ? t('conditionSetBy', holder.name) : t('conditionUnattributed')}
      {via.length > 0 && ` · ${t('conditionVia', via.join(' → '))}`}
    </span>
  );
}
