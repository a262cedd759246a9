/**
 * The engine holds no word of a language: every word it reads a text by is
 * in a lexicon (`src/core/lexicon/`), so that a language is added there
 * without touching the code. Checked on the words English writes most (its
 * function words, which are what slips into code): no string or regular
 * expression in `src/core` outside the lexicons holds one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/lexicon/en';

const CORE = resolve(__dirname, '../../src/core');
const LEXICONS = join(CORE, 'lexicon');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === LEXICONS) return [];
    return statSync(path).isDirectory() ? tsFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** English function words, as the English lexicon lists them. */
function englishFunctionWords(): Set<string> {
  const a = en.attributions;
  const lists = [
    en.identification.frequentWords, a.articles, a.determiners, a.coordinators, a.clauseCoordinators, a.complementizers,
    a.modals, a.nonReportingFollowers, a.complementPrepositions, a.nameArticles, a.relativePronouns,
    a.identifyingPrepositions, a.objectPrepositions, en.chain.reportedClauseOpeners, en.chain.relayCues.flatMap((c) => c.split(' ')),
  ];
  // One-letter words ("a") are left out: they are everywhere in regular expressions ("[a-z]").
  return new Set(lists.flat().filter((w) => w.length > 1));
}

/** The words of every string, template and regular expression in a file, with where they are; error messages aside. */
function literalWords(file: string): { word: string; where: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { word: string; where: string }[] = [];
  const visit = (node: ts.Node): void => {
    // Module paths and messages for developers ("trap without [marker]"), are not read from a text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'Error') return;
    // Nor are names in types (\`VoiceMention['why']\`).
    if (ts.isTypeNode(node)) return;
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node) ||
      ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
        ? node.text
        : null;
    if (text !== null) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      for (const m of text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) found.push({ word: m[0].toLowerCase(), where: `${relative(CORE, file)}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the engine', () => {
  it('finds English function words in a string or a regular expression (the check works)', () => {
    const words = englishFunctionWords();
    const sample = join(__dirname, 'engine-words.test.ts');
    // This file's own strings hold some ("[a-z]" aside): the check sees them.
    expect(literalWords(sample).some(({ word }) => words.has(word))).toBe(true);
  });

  it('writes no English function word into its code outside the lexicons', () => {
    const words = englishFunctionWords();
    const slips = tsFiles(CORE).flatMap(literalWords).filter(({ word }) => words.has(word));
    expect(slips).toEqual([]);
  });
});
