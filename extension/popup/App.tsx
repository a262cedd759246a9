import { useEffect, useState } from 'preact/hooks';
import type { Report, Source } from '../../src/core/types';
import { t } from '../i18n';
import { Shortcuts } from '../shortcuts';
import type { PracticeReply } from '../messages';
import { mentionsLine } from '../../src/report/format/common';
import { ask, askPractice, connect, focusFinding, targetTabId } from './page-link';
import type { EarlyConnection } from './injection';
import { groupSources, practiceSummary } from './summary';
import { ConditionHolder } from '../ui/ConditionHolder';
import { Exports } from '../ui/Exports';
import { KIND_NAMES, MERGE_REASON_KEYS, TYPE_LABELS } from '../../src/report/vocabulary';
import { OverlaySwitch } from '../ui/OverlaySwitch';
import { ProfileSummary } from '../ui/ProfileSummary';
import { TabStatus, type TabView } from '../ui/TabStatus';
import { useCorrections } from '../ui/use-corrections';
import { OpenPanel } from '../panel/open-panel';

/** `early`: what the popup's entry started (the tab, the injection, the first question), taken over here. */
export function App({ early = null }: { early?: EarlyConnection | null }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<TabView>({ status: 'loading' });
  const [practice, setPractice] = useState<PracticeReply>({ status: 'off' });

  useEffect(() => {
    void (async () => {
      const id = early?.tabId ?? (await targetTabId(location.search));
      if (id === null) return setView({ status: 'no-tab' });
      setTabId(id);
      const state = await connect(id, early);
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
    case 'ready':
      // While practising, the findings stay hidden here too.
      if (practice.status === 'on') return <PracticeView reply={practice} onStop={() => void practise('stop')} />;
      return (
        <ReportView
          tabId={tabId as number}
          onPractise={() => void practise('start')}
          report={view.report}
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
    default:
      return <TabStatus view={view} />;
  }
}

interface ReportViewProps {
  tabId: number;
  report: Report;
  overlayVisible: boolean;
  onToggle(visible: boolean): void;
  onFocus(findingId: string): void;
  onPractise(): void;
}

function ReportView({ tabId, report: analysed, overlayVisible, onToggle, onFocus, onPractise }: ReportViewProps) {
  // The quick view shows the Report as the reader corrected it in the panel.
  const report = useCorrections(analysed).corrected;
  return (
    <main data-state="ready">
      <ProfileSummary report={report} />
      <OpenPanel tabId={tabId} />

      <OverlaySwitch visible={overlayVisible} onToggle={onToggle} />

      <Exports report={report} />

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
            {t(KIND_NAMES[group.kind])} · {t(TYPE_LABELS[group.type])}
          </h3>
          <ul>
            {group.sources.map((source) => (
              <li key={source.id}>
                <button type="button" class="finding" data-source={source.id} onClick={() => focusSource(source)}>
                  <span class="name">{source.name}</span>
                  {source.descriptor && <span class="descriptor">{source.descriptor}</span>}
                  <span class="count">{t('citedTimes', source.attributions.length)}</span>
                  {source.mentions.length > 0 && <span class="descriptor">{t('voiceAlso', mentionsLine(source, (why) => t(MERGE_REASON_KEYS[why])) ?? '')}</span>}
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
          return (
            <li key={condition.id}>
              <button type="button" class="finding condition" data-condition={condition.id} onClick={() => onFocus(condition.id)}>
                <span class="clause">{condition.clause.text}</span>
                <ConditionHolder report={report} condition={condition} />
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
