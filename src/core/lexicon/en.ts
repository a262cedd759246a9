import type { Lexicon } from './types';

/** English. Sections are filled by the engine modules that read them. */
export const en: Lexicon = {
  language: 'en',
  sentences: {
    abbreviations: [],
  },
  conditions: {
    markers: [
      { phrase: 'provided that' },
      { phrase: 'providing that' },
      { phrase: 'on condition that' },
      { phrase: 'on the condition that' },
      { phrase: 'only if' },
      { phrase: 'if' },
      { phrase: 'unless' },
      { phrase: 'as long as' },
      { phrase: 'so long as' },
      { phrase: 'in exchange for' },
      { phrase: 'subject to' },
      // "in case of fire" is kept: it still makes something depend on an
      // event ("if there is a fire"); "in the case of X" ("as for X") never
      // matches, the article breaks the phrase.
      { phrase: 'in case' },
      { phrase: 'assuming that' },
      // Participles and gerunds of ordinary verbs: only where they head a
      // clause ("…, provided Kyiv agrees"), not as a verb ("the US provided").
      { phrase: 'provided', clauseInitial: true },
      { phrase: 'assuming', clauseInitial: true },
      // "providing" heads far more participle clauses than conditions
      // ("…, providing aid to"): only before a clause's subject.
      { phrase: 'providing', clauseInitial: true, nextWordClass: 'subjectPronoun' },
    ],
    traps: [
      // Concession and comparison.
      'even [if]',
      'as [if]',
      // Hypothetical questions: debatable, and no source sets them as a condition.
      'what [if]',
      // Indirect questions: "if" means "whether".
      '{askVerb} [if]',
      '{askVerb} * [if]',
      '{askVerb} * * [if]',
      '{askVerb} * * * [if]',
      '{doubtAdjective} [if]',
      'not clear [if]',
      'not sure [if]',
      'not certain [if]',
      'tell [if]',
      'not say [if]',
      'to say [if]',
      'whether ... or [if]',
      // Fillers: "few, if any, …", "rarely, if ever", "many, if not most".
      '[if] any #',
      '[if] ever #',
      '[if] at all',
      '[if] anything #',
      ', [if] not',
      '[if] not * #',
      '[if] not * of',
      '[if] only because',
      '[if] only to',
      '[if] only for',
      // Duration, not a proviso: "fight as long as he needs to", "as long as a year".
      '[as long as] it takes',
      '[as long as] * {needVerb} to #',
      '[as long as] * * {needVerb} to #',
      '[as long as] * {needVerb} #',
      '[as long as] * can #',
      '[as long as] possible',
      '[as long as] necessary',
      '[as long as] needed',
      '[as long as] required',
      '[as long as] {number} {timeUnit}',
      '[as long as] {number} more {timeUnit}',
      '[as long as] a {timeUnit}',
      '[as long as] an {timeUnit}',
      'for [as long as]',
      '{durationVerb} [as long as]',
      // Comparison of lengths: "twice as long as the last one".
      'twice [as long as]',
      'times [as long as]',
      'half [as long as]',
      'not [as long as]',
      'nearly [as long as]',
      'almost [as long as]',
      'just [as long as]',
      // Gerunds and participles that are not provisos.
      '[provided] {notProvisoAfterProvided}',
      '[assuming] {assumedThing}',
      '[assuming] the {assumedThing}',
      '[assuming] his {assumedThing}',
      '[assuming] her {assumedThing}',
      '[assuming] their {assumedThing}',
      // "subject to" as a noun phrase ("the subject to be discussed").
      'the [subject to]',
      'a [subject to]',
    ],
    wordClasses: {
      askVerb: [
        'ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering',
        'see', 'sees', 'seeing', 'know', 'knows', 'knew', 'known', 'knowing',
        'check', 'checks', 'checked', 'checking', 'determine', 'determines', 'determined',
        'determining', 'decide', 'decides', 'deciding', 'doubt', 'doubts', 'doubted',
        'question', 'questioned', 'questioning', 'inquire', 'inquired', 'enquire',
        'enquired', 'investigate', 'investigating', 'examine', 'examining', 'assess',
        'assessing', 'find', 'learn', 'confirm', 'remember', 'recall', 'verify',
      ],
      doubtAdjective: ['unclear', 'unsure', 'uncertain', 'doubtful', 'unknown'],
      needVerb: [
        'need', 'needs', 'needed', 'want', 'wants', 'wanted', 'like', 'likes', 'liked',
        'wish', 'wishes', 'wished', 'please', 'pleases', 'has', 'have', 'had',
      ],
      durationVerb: [
        'last', 'lasts', 'lasted', 'lasting', 'take', 'takes', 'took', 'taking', 'wait',
        'waits', 'waited', 'waiting', 'stay', 'stays', 'stayed', 'remain', 'remains',
        'remained', 'live', 'lives', 'lived', 'survive', 'survived', 'endure', 'endured',
      ],
      timeUnit: [
        'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week',
        'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century',
        'centuries', 'generation', 'generations', 'lifetime',
      ],
      number: [
        'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred',
        'several', 'many', 'few', 'some',
      ],
      subjectPronoun: ['that', 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'there'],
      notProvisoAfterProvided: [
        'by', 'to', 'with', 'for', 'in', 'on', 'under', 'through', 'via', 'as', 'at',
        'from', 'free', 'here', 'below', 'above', 'herein',
      ],
      assumedThing: [
        'office', 'power', 'control', 'responsibility', 'command', 'role', 'post',
        'presidency', 'leadership', 'duties', 'charge', 'position', 'throne', 'chair',
        'mantle', 'risk', 'risks', 'debt', 'identity', 'name',
      ],
    },
    clauseEndWords: ['then'],
  },
  attributions: {
    cueVerbs: [],
  },
};
