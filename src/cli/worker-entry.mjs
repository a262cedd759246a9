// A pool worker's first module. Worker threads do not inherit the main
// thread's TypeScript loader, so this one registers tsx's (through its API)
// before importing the worker's TypeScript source.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('./worker.ts');
