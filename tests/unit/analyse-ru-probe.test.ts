import { describe } from 'vitest';
import { probe } from './probe-helpers';
import { cases } from './probe-cases-ru';

/** The Russian probe (`probe-cases-ru.ts`): sentences written to the annotation guide, expectations written before any run. */
describe('Russian probe', () => probe(cases, 'ru', false));
describe('not yet read', () => probe(cases, 'ru', true));
