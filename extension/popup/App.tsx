import { useEffect, useState } from 'preact/hooks';
import type { Report, Source } from '../../src/core/types';
import { formatCsv } from '../../src/report/format/csv';
import { formatMarkdown } from '../../src/report/format/markdown';
import { t } from '../i18n';
import { Shortcuts } from '../shortcuts';
import type { PracticeReply } from '../messages';
import { mentionsLine } from '../../src/report/format/common';
import { ChainLine } from './Chain';
import { ask, askPractice, connect, focusFinding, targetTabId, type TabState } from './page-link';
import { exportFileName, groupSources, kindShares, practiceSummary } from './summary';

type View = { status: 'loading' } | { status: 'no-tab' } | TabState;

const TYPE_LABELS = {
  person: 'typePerson',
  organization: 'typeOrganization',
  publication: 'typePublication',
  document: 'typeDocument',
  group: 'typeGroup',
} as const;

/** How long the "Copied" confirmation stays. */
const COPIED_FEEDBACK_MS = 1500;

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ status: 'loading' });
  const [practice, setPractice] = useState<PracticeReply>({ status: 'off' });

  useEffect(() => {
    void (async () => {
      const id = await targetTabId(location.search);
      if (id === null) return setView({ status: 'no-tab' });
      setTabId(id);
      const state = await connect(id);
      if (state.status === 'ready') setPractice(await askPractice(id, 'state'));
      setView(state);
    })();
  }, []);

  const practise = async (action: 'start' | 'stop') => {
    if (tabId === null) return;
    setPractice(await askPractice(tabId, action));
    setView(await ask(tabId, { type: 'sourcelens/get-state' }));
  };

  switch (view.status) {
    case 'loading':
      return <p class="message" role="status">{t('popupLoading')}</p>;
    case 'no-tab':
    case 'unreachable':
      return <p class="message" data-state="unreachable">{t('popupUnreachable')}</p>;
    case 'no-article':
      return <p class="message" data-state="no-article">{t('popupNoArticle')}</p>;
    case 'error':
      return <p class="message" data-state="error" role="alert">{t('popupError')}</p>;
    case 'ready':
      // While practising, the findings stay hidden here too.
      if (practice.status === 'on') return <PracticeView reply={practice} onStop={() => void practise('stop')} />;
      return (
        <ReportView
          onPractise={() => void practise('start')}
          report={view.report}
          analysedAt={view.analysedAt}
          overlayVisible={view.overlayVisible}
          onToggle={async (visible) => tabId !== null && setView(await ask(tabId, { type: 'sourcelens/set-overlay', visible }))}
          onFocus={async (id) => {
            if (tabId === null) return;
            await focusFinding(tabId, id);
            // Focusing turns the overlay on; keep the switch truthful.
            setView(await ask(tabId, { type: 'sourcelens/get-state' }));
          }}
        />
      );
  }
}

interface ReportViewProps {
  report: Report;
  analysedAt: string;
  overlayVisible: boolean;
  onToggle(visible: boolean): void;
  onFocus(findingId: string): void;
  onPractise(): void;
}

function ReportView({ report, analysedAt, overlayVisible, onToggle, onFocus, onPractise }: ReportViewProps) {
  const { profile } = report;
  const shares = kindShares(report);
  return (
    <main data-state="ready">
      <h1 class="title">{report.title}</h1>
      <ChainLine report={report} />
      <p class="headline" data-testid="headline">{headline(report)}</p>
      {profile.attributions > 0 && (
        <div class="shares">
          <div class="bar" aria-hidden="true">
            <span class="bar-anonymous" style={{ width: `${shares.anonymous}%` }} />
            <span class="bar-on-record" style={{ width: `${shares.onRecord}%` }} />
          </div>
          <p class="legend">
            <span class="legend-anonymous">{t('shareAnonymous', shares.anonymous)}</span>
            <span class="legend-on-record">{t('shareOnRecord', shares.onRecord)}</span>
          </p>
          {profile.anonymous > 0 && <p class="note">{t('withReason', profile.anonymousWithReason)}</p>}
        </div>
      )}

      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="overlay-switch"
          checked={overlayVisible}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        {t('showMarks')}
      </label>

      <Exports report={report} analysedAt={analysedAt} />

      {report.sources.length > 0 && <p class="note">{t('jumpHint')}</p>}
      <SourceList report={report} onFocus={onFocus} />
      <ConditionList report={report} onFocus={onFocus} />
      <Glossary />
      <PracticeStart onPractise={onPractise} />
      <Shortcuts headingLevel={2} />
    </main>
  );
}

/** Classroom practice: the student looks for the findings before seeing them. */
function PracticeStart({ onPractise }: { onPractise(): void }) {
  return (
    <section class="practice" aria-labelledby="practice-heading">
      <h2 id="practice-heading">{t('practiceHeading')}</h2>
      <p class="note" id="practice-hint">{t('practiceStartHint')}</p>
      <button type="button" data-testid="practice-start" aria-describedby="practice-hint" onClick={onPractise}>
        {t('practiceStart')}
      </button>
    </section>
  );
}

/** The popup during practice: no findings, only the practice's state and the way out. */
function PracticeView({ reply, onStop }: { reply: Extract<PracticeReply, { status: 'on' }>; onStop(): void }) {
  return (
    <main data-state="practice">
      <h1 class="headline">{t('practiceHeading')}</h1>
      <p>{t('practiceOn')}</p>
      <p role="status" data-testid="practice-summary">{reply.counts ? practiceSummary(reply.counts, t) : t('practiceNotChecked')}</p>
      <button type="button" data-testid="practice-stop" onClick={onStop}>
        {t('practiceStop')}
      </button>
    </main>
  );
}

function headline(report: Report): string {
  const { attributions, anonymous, onRecord } = report.profile;
  if (attributions === 0) return t('headlineNone');
  if (attributions === 1) return t('headlineOneAttribution', anonymous, onRecord);
  return t('headlineAttributions', attributions, anonymous, onRecord);
}

function SourceList({ report, onFocus }: { report: Report; onFocus(id: string): void }) {
  // Each press on a source shows its next attribution in the page, in text order.
  const [nextIndex, setNextIndex] = useState<Record<string, number>>({});
  const groups = groupSources(report);
  if (groups.length === 0) return null;

  const focusSource = (source: Source) => {
    const index = nextIndex[source.id] ?? 0;
    onFocus(source.attributions[index % source.attributions.length]);
    setNextIndex({ ...nextIndex, [source.id]: index + 1 });
  };

  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sourcesHeading')}</h2>
      {groups.map((group) => (
        <div class={`group kind-${group.kind}`} key={`${group.kind}/${group.type}`}>
          <h3>
            {t(group.kind === 'anonymous' ? 'kindAnonymous' : 'kindOnRecord')} · {t(TYPE_LABELS[group.type])}
          </h3>
          <ul>
            {group.sources.map((source) => (
              <li key={source.id}>
                <button type="button" class="finding" data-source={source.id} onClick={() => focusSource(source)}>
                  <span class="name">{source.name}</span>
                  {source.descriptor && <span class="descriptor">{source.descriptor}</span>}
                  <span class="count">{t('citedTimes', source.attributions.length)}</span>
                  {source.mentions.length > 0 && <span class="descriptor">{t('voiceAlso', mentionsLine(source) ?? '')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ConditionList({ report, onFocus }: { report: Report; onFocus(id: string): void }) {
  if (report.conditions.length === 0) return null;
  return (
    <section aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">
        {t('conditionsHeading')} <span class="count">({report.conditions.length})</span>
      </h2>
      <ul>
        {report.conditions.map((condition) => {
          const holder = report.sources.find((s) => s.id === condition.holder) ?? null;
          const via = condition.via.map((id) => report.sources.find((s) => s.id === id)?.name ?? id);
          return (
            <li key={condition.id}>
              <button type="button" class="finding condition" data-condition={condition.id} onClick={() => onFocus(condition.id)}>
                <span class="clause">{condition.clause.text}</span>
                <span class="setter">
                  {holder ? t('conditionSetBy', holder.name) : t('conditionUnattributed')}
                  {via.length > 0 && ` · ${t('conditionVia', via.join(' → '))}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The glossary's terms and their explanations (keys in `_locales`). */
const GLOSSARY: readonly (readonly [term: string, explanation: string])[] = [
  ['glossaryAttribution', 'glossaryAttributionText'],
  ['glossaryAnonymous', 'glossaryAnonymousText'],
  ['glossaryOnRecord', 'glossaryOnRecordText'],
  ['glossaryQuote', 'glossaryQuoteText'],
  ['glossaryCondition', 'glossaryConditionText'],
];

/** A short glossary for students (and anyone), folded away until asked for. */
function Glossary() {
  return (
    <details class="glossary" data-testid="glossary">
      <summary>{t('glossaryHeading')}</summary>
      <dl>
        {GLOSSARY.map(([term, explanation]) => [<dt key={term}>{t(term)}</dt>, <dd key={explanation}>{t(explanation)}</dd>])}
      </dl>
    </details>
  );
}

function Exports({ report, analysedAt }: { report: Report; analysedAt: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(formatMarkdown(report));
    setCopied(true);
    setTimeout(() => setCopied(false), COPIED_FEEDBACK_MS);
  };
  return (
    <div class="exports">
      <button type="button" data-testid="export-json" onClick={() => download(JSON.stringify(report, null, 2), 'application/json', exportFileName(report, 'json'))}>
        {t('exportJson')}
      </button>
      <button type="button" data-testid="export-md" onClick={() => download(formatMarkdown(report), 'text/markdown', exportFileName(report, 'md'))}>
        {t('exportMarkdown')}
      </button>
      <button type="button" data-testid="export-csv" onClick={() => download(formatCsv(report, { analysedAt }), 'text/csv', exportFileName(report, 'csv'))}>
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
