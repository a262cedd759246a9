/** The export buttons of the popup and the panel: the Report as JSON, Markdown or CSV, and the Markdown copied. */
import { useState } from 'preact/hooks';
import type { Report } from '../../src/core/types';
import { formatCsv } from '../../src/report/format/csv';
import { formatJsonFile } from '../../src/report/format/jsonl';
import { formatMarkdown } from '../../src/report/format/markdown';
import { t } from '../i18n';
import { exportFileName } from '../popup/summary';

/** How long the "Copied" confirmation stays. */
const COPIED_FEEDBACK_MS = 1500;

export function Exports({ report }: { report: Report }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(formatMarkdown(report));
    setCopied(true);
    setTimeout(() => setCopied(false), COPIED_FEEDBACK_MS);
  };
  return (
    <div class="exports">
      <button type="button" data-testid="export-json" onClick={() => download(formatJsonFile(report), 'application/json', exportFileName(report, 'json'))}>
        {t('exportJson')}
      </button>
      <button type="button" data-testid="export-md" onClick={() => download(formatMarkdown(report), 'text/markdown', exportFileName(report, 'md'))}>
        {t('exportMarkdown')}
      </button>
      <button type="button" data-testid="export-csv" onClick={() => download(formatCsv(report), 'text/csv', exportFileName(report, 'csv'))}>
        {t('exportCsv')}
      </button>
      <button type="button" data-testid="copy-md" onClick={() => void copy()}>
        {copied ? t('copied') : t('copyMarkdown')}
      </button>
    </div>
  );
}

/** Saves text through a blob URL and a download link: nothing goes over the network. */
function download(text: string, mimeType: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
