/**
 * Which hand-written entries of the language lexicons (src/core/lexicon/en.ts,
 * uk.ts, ru.ts) the generated lists and the gazetteer now hold, field by
 * field: what they hold can go from the hand-written lexicon once the engine
 * reads the generated data; what they do not hold is grammar, or needs a
 * reason to stay. Run with `npx tsx scripts/lexicon/coverage.ts`.
 */
import * as enNouns from '../../src/core/lexicon/generated/en-nouns';
import * as enVerbs from '../../src/core/lexicon/generated/en-verbs';
import * as enBodies from '../../src/core/lexicon/gazetteer/en-bodies';
import * as enPlaces from '../../src/core/lexicon/gazetteer/en-places';
import * as ruPlaces from '../../src/core/lexicon/gazetteer/ru-places';
import * as ukPlaces from '../../src/core/lexicon/gazetteer/uk-places';
import { en } from '../../src/core/lexicon/en';
import { ru } from '../../src/core/lexicon/ru';
import type { Lexicon } from '../../src/core/lexicon/types';
import { uk } from '../../src/core/lexicon/uk';

type DataModule = Record<string, Readonly<Record<string, string>>>;

/** Every entry of every list of the modules, with the list it is in: "police" → ["organizationNouns"]. */
function index(modules: DataModule[]): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const module of modules) {
    for (const [name, list] of Object.entries(module)) {
      for (const [field, value] of Object.entries(list)) {
        if (field === 'source' || field === 'trainCueFrequency') continue;
        for (const entry of value.split(field === 'names' ? '|' : /[| ]/)) {
          const lists = where.get(entry) ?? [];
          if (!lists.includes(name)) lists.push(name);
          where.set(entry, lists);
        }
      }
    }
  }
  return where;
}

function report(language: string, lexicon: Lexicon, where: Map<string, string[]>): void {
  console.log(`# ${language}`);
  for (const [field, value] of Object.entries(lexicon.attributions)) {
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) continue;
    const entries = value as string[];
    const covered = entries.filter((entry) => where.has(entry.toLocaleLowerCase()));
    if (covered.length === 0) continue;
    const rest = entries.filter((entry) => !where.has(entry.toLocaleLowerCase()));
    console.log(`## ${field}: ${covered.length} of ${entries.length} in the generated data`);
    console.log(`  covered: ${covered.map((entry) => `${entry} (${where.get(entry.toLocaleLowerCase())!.join(', ')})`).join('; ')}`);
    console.log(`  not covered: ${rest.join('; ')}`);
  }
}

report('en', en, index([enNouns, enVerbs, enPlaces, enBodies] as unknown as DataModule[]));
report('uk', uk, index([ukPlaces] as unknown as DataModule[]));
report('ru', ru, index([ruPlaces] as unknown as DataModule[]));
