/**
 * `AFTER_NEXT_FRAME` in `slices.ts`: a job that has changed much of the page
 * asks to go on only once the page has been rendered. Counted, not timed:
 * a stand-in window records its frame requests and timers.
 */
import { describe, expect, it } from 'vitest';
import { AFTER_NEXT_FRAME, FRAME_WAIT_LIMIT_MS, runInSlices, runToEnd, type SlicedJob } from '../../src/page/slices';

/** A window whose frames come only when `renderFrames` says so, and whose timers are Node's. */
function standInWindow(renderFrames: boolean) {
  const frameRequests: number[] = [];
  const timerDelays: number[] = [];
  const win = {
    performance,
    setTimeout: (callback: () => void, delay = 0) => {
      timerDelays.push(delay);
      return setTimeout(callback, delay);
    },
    clearTimeout: (timer: ReturnType<typeof setTimeout>) => clearTimeout(timer),
    requestAnimationFrame: (callback: () => void) => {
      frameRequests.push(frameRequests.length);
      if (renderFrames) setTimeout(callback, 1);
      return frameRequests.length;
    },
  };
  return { win: win as unknown as Window, frameRequests, timerDelays };
}

function* drawThreeBatches(log: string[]): SlicedJob<number> {
  for (let batch = 1; batch <= 3; batch++) {
    log.push(`batch ${batch}`);
    yield AFTER_NEXT_FRAME;
  }
  return 3;
}

describe('AFTER_NEXT_FRAME', () => {
  it('runInSlices waits for a frame at each, whatever the time left in the slice', async () => {
    const { win, frameRequests } = standInWindow(true);
    const log: string[] = [];
    // A long budget: without the frame requests the whole job would run in one slice.
    expect(await runInSlices(drawThreeBatches(log), { window: win, budgetMs: 60_000 })).toBe(3);
    expect(frameRequests).toHaveLength(3);
    expect(log).toEqual(['batch 1', 'batch 2', 'batch 3']);
  });

  it('a page that renders no frame (a hidden tab) does not stall the job: it goes on after FRAME_WAIT_LIMIT_MS', async () => {
    const { win, frameRequests, timerDelays } = standInWindow(false);
    expect(await runInSlices(drawThreeBatches([]), { window: win })).toBe(3);
    expect(frameRequests).toHaveLength(3);
    expect(timerDelays.filter((delay) => delay === FRAME_WAIT_LIMIT_MS)).toHaveLength(3);
  });

  it('runToEnd goes straight on', () => {
    const log: string[] = [];
    expect(runToEnd(drawThreeBatches(log))).toBe(3);
    expect(log).toHaveLength(3);
  });
});

describe('the result of runInSlices', () => {
  it('is handed over in a task of its own, so the caller\'s next work never adds to the last slice', async () => {
    const { win, timerDelays } = standInWindow(true);
    let timersAtLastStep = -1;
    function* quickJob(): SlicedJob<string> {
      yield;
      timersAtLastStep = timerDelays.length;
      return 'done';
    }
    // The whole job fits one slice; the caller still resumes only after a timer of the page's.
    const result = runInSlices(quickJob(), { window: win });
    let handedOver = false;
    void result.then(() => (handedOver = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(timersAtLastStep).toBe(0);
    expect(handedOver).toBe(false);
    expect(await result).toBe('done');
    expect(timerDelays).toEqual([0]);
  });
});

