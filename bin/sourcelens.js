#!/usr/bin/env node
// The `sourcelens` command. The CLI is TypeScript run in place: register
// tsx's loader through its API (found beside this file, whatever the working
// directory), then start the entry point.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
