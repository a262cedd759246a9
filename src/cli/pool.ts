/**
 * A pool of worker threads for large batches: each runs the same pipeline as
 * the main thread (`runPipeline`), so the output is the same byte for byte;
 * only the work is spread over the machine's cores.
 */
import { Worker } from 'node:worker_threads';
import type { LoadedInput } from './input';
import { describeFailure } from './errors';
import type { Outcome, PipelineOptions } from './pipeline';

export interface WorkerRequest {
  id: number;
  loaded: LoadedInput;
  options: PipelineOptions;
}

export type WorkerReply = { id: number; outcome: Outcome };

type WorkerMessage = WorkerReply | { ready: true };

interface Task {
  request: WorkerRequest;
  resolve: (outcome: Outcome) => void;
}

const WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface PoolWorker {
  worker: Worker;
  task: Task | null;
  ready: boolean;
}

/** Workers that may die before their first message before the pool gives up (a broken install, not bad input). */
const MAX_STARTUP_FAILURES = 3;

export class WorkerPool {
  private readonly workers = new Set<PoolWorker>();
  private readonly idle: PoolWorker[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private startupFailures = 0;

  constructor(
    readonly size: number,
    private readonly options: PipelineOptions,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Analyses one loaded input on the next free worker. Never rejects. */
  run(loaded: LoadedInput): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, loaded, options: this.options }, resolve });
      if (this.workers.size === 0) this.failQueue(new Error('no worker thread could start'));
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.workers].map((w) => w.worker.terminate()));
    this.workers.clear();
  }

  private spawn(): void {
    // execArgv: [] — the worker registers its own TypeScript loader; one
    // inherited from `tsx` on the command line would run a second time.
    const worker = new Worker(WORKER_ENTRY, { execArgv: [] });
    const member: PoolWorker = { worker, task: null, ready: false };
    this.workers.add(member);
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        member.ready = true;
        this.idle.push(member);
      } else if (member.task) {
        const task = member.task;
        member.task = null;
        this.idle.push(member);
        task.resolve(message.outcome);
      }
      this.dispatch();
    });
    // A worker that dies takes only its own input with it: that input is
    // reported as failed and a fresh worker takes its place.
    const replace = (error: unknown) => {
      if (!this.workers.delete(member)) return;
      const index = this.idle.indexOf(member);
      if (index >= 0) this.idle.splice(index, 1);
      member.task?.resolve({ ok: false, message: describeFailure(error) });
      member.task = null;
      if (this.closed) return;
      if (!member.ready && ++this.startupFailures >= MAX_STARTUP_FAILURES) {
        if (this.workers.size === 0) this.failQueue(error);
        return;
      }
      this.spawn();
      this.dispatch();
    };
    worker.on('error', replace);
    worker.on('exit', (code) => replace(new Error(`worker stopped with exit code ${code}`)));
  }

  /** No worker can start: every waiting input fails with the reason. */
  private failQueue(error: unknown): void {
    for (const task of this.queue.splice(0)) task.resolve({ ok: false, message: describeFailure(error) });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const member = this.idle.shift()!;
      const task = this.queue.shift()!;
      member.task = task;
      member.worker.postMessage(task.request);
    }
  }
}
