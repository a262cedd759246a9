/**
 * Practice mode's glue in the content script: answers the popup's practice
 * requests, hides the overlay while the student practises and puts it back
 * as it was afterwards. Uses only `controller.current()`, `state()` and
 * `handle()` of the page controller.
 */
import { startPractice, type Practice, type Translate } from '../../src/page/practice';
import { t } from '../i18n';
import type { PracticeReply, PracticeRequest } from '../messages';
import type { PageController } from './controller';

export interface PracticeSession {
  handle(request: PracticeRequest): Promise<PracticeReply>;
  /** Whether a student is practising now (the answers must stay hidden). */
  active(): boolean;
  /** The page controller looked at the page again: the practice follows its article as it is now. */
  follow(): void;
}

/** The practice's errors stay out of the page, like the overlay's. */
function logPracticeError(error: unknown): void {
  console.debug('[SourceLens practice]', error);
}

const translate: Translate = (key, ...substitutions) => t(key, ...substitutions);

export function createPracticeSession(doc: Document, controller: Pick<PageController, 'current' | 'state' | 'handle'>): PracticeSession {
  let practice: Practice | null = null;
  /** Whether the marks were showing when practice began: how they are left when it ends. */
  let overlayWasVisible = false;

  function reply(): PracticeReply {
    return practice ? { status: 'on', counts: practice.counts() } : { status: 'off' };
  }

  async function stop(): Promise<void> {
    if (!practice) return;
    const ending = practice;
    practice = null;
    ending.destroy();
    if (overlayWasVisible) await controller.handle({ type: 'sourcelens/set-overlay', visible: true });
  }

  async function start(): Promise<PracticeReply> {
    if (practice) return reply();
    const current = controller.current();
    const state = controller.state();
    if (!current || state.status !== 'ready') return { status: 'unavailable' };
    overlayWasVisible = state.overlayVisible;
    // The overlay's marks off first: the practice draws on the page's own text nodes.
    await controller.handle({ type: 'sourcelens/set-overlay', visible: false });
    try {
      practice = startPractice(doc, current.article, current.report, { translate, onStop: () => void stop(), onError: logPracticeError });
    } catch (error) {
      logPracticeError(error);
      practice = null;
      if (overlayWasVisible) await controller.handle({ type: 'sourcelens/set-overlay', visible: true });
      return { status: 'unavailable' };
    }
    return reply();
  }

  return {
    active: () => practice !== null,
    follow() {
      const current = controller.current();
      if (practice && current) practice.follow(current.article, current.report);
    },
    async handle(request) {
      switch (request.action) {
        case 'start':
          return start();
        case 'stop':
          await stop();
          return reply();
        case 'state':
          return reply();
      }
    },
  };
}
