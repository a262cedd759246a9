/**
 * A pool worker: runs the pipeline on inputs the main thread has already
 * read, and sends back the formatted output. Loaded through worker-entry.mjs,
 * which teaches the worker TypeScript first.
 */
import { parentPort } from 'node:worker_threads';
import { runPipeline } from './pipeline';
import type { WorkerReply, WorkerRequest } from './pool';

const port = parentPort;
if (!port) throw new Error('src/cli/worker.ts runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = { id: request.id, outcome: runPipeline(request.loaded, request.options) };
  port.postMessage(reply);
});
port.postMessage({ ready: true });
