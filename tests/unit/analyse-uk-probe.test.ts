import { describe } from 'vitest';
import { probe } from './probe-helpers';
import { cases } from './probe-cases-uk';

/** The Ukrainian probe (`probe-cases-uk.ts`): sentences written to the annotation guide, expectations written before any run. */
describe('Ukrainian probe', () => probe(cases, 'uk', false));
describe('not yet read', () => probe(cases, 'uk', true));
