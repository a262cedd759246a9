import { t } from '../i18n';

/** Marks on the page on or off (off: the page's DOM exactly as it was). */
export function OverlaySwitch({ visible, onToggle }: { visible: boolean; onToggle(visible: boolean): void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" data-testid="overlay-switch" checked={visible} onChange={(event) => onToggle(event.currentTarget.checked)} />
      {t('showMarks')}
    </label>
  );
}
