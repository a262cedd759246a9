/**
 * The practice toolbar: our one box in the page while a student practises,
 * in a shadow root on a host carrying our marker attribute (like the
 * overlay's layer), fixed to a corner of the window. It only shows what
 * `index.ts` tells it and calls back; the words come from the extension's
 * `_locales` through `translate`.
 */
import { render } from 'preact';
import { EXPLAIN_MESSAGES } from '../../report/explain';
import { createOwnHost } from '../own-host';
import type { PracticeCounts, PracticeKind } from './score';
import { toolbarCss, type PracticeMarkKind } from './styles';

/** Every message the toolbar shows (keys of the `messages.json` files in `public/_locales`). */
export const TOOLBAR_MESSAGES = [
  'practiceHeading',
  'practiceIntro',
  'practiceMarkAnonymous',
  'practiceMarkCondition',
  'practiceUndo',
  'practiceCheck',
  'practiceStop',
  'practiceYourMarks',
  'practiceNoMarks',
  'practiceRemove',
  'practiceMarked',
  'practiceRemoved',
  'practiceAlreadyMarked',
  'practiceNothingToUndo',
  'practiceSelectFirst',
  'practiceOutside',
  'practiceResultsHeading',
  'practiceFoundAnonymous',
  'practiceFoundCondition',
  'practiceMissed',
  'practiceOverMarked',
  'practiceLegendFound',
  'practiceLegendMissed',
  'practiceLegendOverMarked',
  'practiceWhyHeading',
  'practiceWhyMissed',
  'practiceWhyOverMarked',
  ...EXPLAIN_MESSAGES,
] as const;

export type ToolbarMessage = (typeof TOOLBAR_MESSAGES)[number];
export type Translate = (key: ToolbarMessage, ...substitutions: (string | number)[]) => string;

/** Keys that mark the selection or undo, while a selection is in the article or the toolbar has the keyboard. */
export const PRACTICE_KEYS: Readonly<Record<string, PracticeKind | 'undo'>> = {
  a: 'anonymous',
  c: 'condition',
  u: 'undo',
};

export interface ListedMark {
  id: number;
  kind: PracticeKind;
  /** The marked words, shortened. */
  text: string;
}

/** After "Check": why a finding was missed, or why a mark is over-marking, in the interface language. */
export interface ExplainedResult {
  key: string;
  result: 'missed' | 'over';
  text: string;
}

export interface ToolbarState {
  marks: readonly ListedMark[];
  /** After "Check"; null while marking. */
  counts: PracticeCounts | null;
  /** After "Check", in text order; empty while marking. */
  explained: readonly ExplainedResult[];
  /** The last thing that happened, announced to screen readers. */
  status: { text: string; problem: boolean } | null;
}

export interface ToolbarActions {
  mark(kind: PracticeKind): void;
  undo(): void;
  remove(id: number): void;
  check(): void;
  stop(): void;
}

const MARK_KIND_OF: Readonly<Record<PracticeKind, PracticeMarkKind>> = {
  anonymous: 'practice-anonymous',
  condition: 'practice-condition',
};
const KIND_WORDS: Readonly<Record<PracticeKind, ToolbarMessage>> = {
  anonymous: 'practiceMarkAnonymous',
  condition: 'practiceMarkCondition',
};

/** The result in words, one sentence per figure: what the toolbar shows and announces. */
export function resultSentences(counts: PracticeCounts, translate: Translate): string[] {
  const missed = counts.missed.anonymous + counts.missed.condition;
  const overMarked = counts.overMarked.anonymous + counts.overMarked.condition;
  return [
    translate('practiceFoundAnonymous', counts.found.anonymous, counts.targets.anonymous),
    translate('practiceFoundCondition', counts.found.condition, counts.targets.condition),
    translate('practiceMissed', missed),
    translate('practiceOverMarked', overMarked),
  ];
}

/** Keeps the page selection when a toolbar button is pressed with the pointer. */
const keepSelection = (event: MouseEvent) => event.preventDefault();

function Sample({ kind, children }: { kind: PracticeMarkKind; children: string }) {
  return (
    <span class="sample" data-kind={kind}>
      {children}
    </span>
  );
}

function ToolbarView({ state, actions, translate }: { state: ToolbarState; actions: ToolbarActions; translate: Translate }) {
  const { counts, marks, status, explained } = state;
  return (
    <section class="toolbar" role="region" aria-labelledby="practice-heading" data-phase={counts ? 'checked' : 'marking'}>
      <h2 id="practice-heading">{translate('practiceHeading')}</h2>
      <p>{translate('practiceIntro')}</p>
      <div class="row">
        {(['anonymous', 'condition'] as const).map((kind) => (
          <button type="button" key={kind} data-action={`mark-${kind}`} aria-keyshortcuts={kind[0]} onMouseDown={keepSelection} onClick={() => actions.mark(kind)}>
            <Sample kind={MARK_KIND_OF[kind]}>{translate(KIND_WORDS[kind])}</Sample> <kbd>{kind[0].toUpperCase()}</kbd>
          </button>
        ))}
        <button type="button" data-action="undo" aria-keyshortcuts="u" onMouseDown={keepSelection} onClick={actions.undo}>
          {translate('practiceUndo')} <kbd>U</kbd>
        </button>
      </div>
      {/* After a check the results below show the figures; the announcement stays for screen readers only. */}
      <p class={counts ? 'status sr-only' : 'status'} role="status" aria-live="polite" data-tone={status?.problem ? 'problem' : 'info'} data-testid="practice-status">
        {status?.text ?? ''}
      </p>
      {counts && (
        <div class="results" data-testid="practice-results">
          <h3>{translate('practiceResultsHeading')}</h3>
          <ul>
            {resultSentences(counts, translate).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <p>
            <Sample kind="practice-found">{translate('practiceLegendFound')}</Sample> ·{' '}
            <Sample kind="practice-missed">{translate('practiceLegendMissed')}</Sample> ·{' '}
            <Sample kind="practice-over">{translate('practiceLegendOverMarked')}</Sample>
          </p>
          {explained.length > 0 && (
            <>
              <h3>{translate('practiceWhyHeading')}</h3>
              <ul class="why" data-testid="practice-why">
                {explained.map((item) => (
                  <li key={item.key} data-result={item.result}>
                    <Sample kind={item.result === 'missed' ? 'practice-missed' : 'practice-over'}>
                      {translate(item.result === 'missed' ? 'practiceWhyMissed' : 'practiceWhyOverMarked')}
                    </Sample>
                    <span class="text">{item.text}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <h3>{translate('practiceYourMarks', marks.length)}</h3>
      {marks.length === 0 ? (
        <p>{translate('practiceNoMarks')}</p>
      ) : (
        <ul data-testid="practice-marks">
          {marks.map((mark) => (
            <li key={mark.id} data-kind={mark.kind}>
              <Sample kind={MARK_KIND_OF[mark.kind]}>{translate(KIND_WORDS[mark.kind])}</Sample>
              <span class="text">{mark.text}</span>
              <button type="button" aria-label={translate('practiceRemove', mark.text)} onMouseDown={keepSelection} onClick={() => actions.remove(mark.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="button" class="primary" data-action="check" onMouseDown={keepSelection} onClick={actions.check}>
          {translate('practiceCheck')}
        </button>
        <button type="button" data-action="stop" onClick={actions.stop}>
          {translate('practiceStop')}
        </button>
      </div>
    </section>
  );
}

export interface Toolbar {
  host: HTMLElement;
  update(state: ToolbarState): void;
  remove(): void;
}

/** Makes the host and its shadow root; it joins the page at the first `update`. */
export function createToolbar(doc: Document, actions: ToolbarActions, translate: Translate): Toolbar {
  const { host, shadow } = createOwnHost(doc, 'practice', 'position: fixed; right: 12px; bottom: 12px; z-index: 2147483647;', toolbarCss());
  const root = doc.createElement('div');
  shadow.appendChild(root);
  return {
    host,
    update(state) {
      render(<ToolbarView state={state} actions={actions} translate={translate} />, root);
      if (!host.isConnected) doc.documentElement.appendChild(host);
    },
    remove() {
      host.remove();
      render(null, root);
    },
  };
}
