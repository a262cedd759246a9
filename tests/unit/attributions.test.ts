import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Attribution, Report } from '../../src/core/types';

/** The attributions of a text as "source | cue | kind". */
function found(text: string): string[] {
  return analyse(text).attributions.map((a) => `${a.source.text} | ${a.cue.text} | ${a.kind}`);
}

function only(text: string): Attribution {
  const { attributions } = analyse(text);
  expect(attributions).toHaveLength(1);
  return attributions[0];
}

describe('attributions: the common English shapes', () => {
  it.each([
    ['Police said the road was closed.', 'Police', 'said', 'on-record'],
    ['The road was closed, said Juan Perez, a trader at Tempus Inc.', 'Juan Perez, a trader at Tempus Inc', 'said', 'on-record'],
    ['Three sources familiar with the discussions told Reuters that talks stalled.', 'Three sources familiar with the discussions', 'told', 'anonymous'],
    ['According to the newspaper, Putin is ready to fight.', 'the newspaper', 'According to', 'on-record'],
    ['This is reported by Reuters.', 'Reuters', 'reported', 'on-record'],
    // The relative pronoun is the cue's subject: it is marked with the phrase it stands for.
    ['The talks were convened at the initiative of Zelenskiy, who said Putin should not come.', 'Zelenskiy, who', 'said', 'on-record'],
    ['Critics such as the mayor, who told reporters the plan was rushed, were ignored.', 'the mayor, who', 'told', 'on-record'],
    ['The agency published the figures, citing sources in Russia.', 'sources in Russia', 'citing', 'anonymous'],
    ['The ministry said in a statement that the border was open.', 'The ministry', 'said', 'on-record'],
    ['As Reuters notes, the prospect of talks seems remote.', 'Reuters', 'notes', 'on-record'],
    ['The minister was quoted as saying that prices would fall.', 'The minister', 'was quoted as saying', 'on-record'],
    ["Putin's spokesman said the Kremlin was open to dialogue.", "Putin's spokesman", 'said', 'on-record'],
    ['A senior administration official said the plan was dead.', 'A senior administration official', 'said', 'anonymous'],
    ['People familiar with the matter said the deal was close.', 'People familiar with the matter', 'said', 'anonymous'],
    ['Moscow has said that negotiations are not credible.', 'Moscow', 'said', 'on-record'],
    ['The filing said the company lost money.', 'The filing', 'said', 'on-record'],
    ['U.S. officials said the strike was legal.', 'U.S. officials', 'said', 'anonymous'],
    ['A spokeswoman for Apple said the phone was safe.', 'A spokeswoman for Apple', 'said', 'on-record'],
    ['Commerzbank analyst Carsten Fritsch said oil would rise.', 'Commerzbank analyst Carsten Fritsch', 'said', 'on-record'],
  ])('%s', (text, source, cue, kind) => {
    const a = only(text);
    expect(a.source.text).toBe(source);
    expect(a.cue.text).toBe(cue);
    expect(a.kind).toBe(kind);
  });

  it('keeps long descriptors and appositions, skipping participial asides', () => {
    const a = only("Putin's spokesman, Dmitry Peskov, responding to a request for comment, said that Russia is open to dialogue.");
    expect(a.source.text).toBe("Putin's spokesman, Dmitry Peskov");
    expect(a.kind).toBe('on-record');
    expect(a.type).toBe('person');
  });

  it('takes the subject opening the sentence past a relative clause with a verb of its own, not the object after the verb', () => {
    expect(kinds('Two current employees, who spoke on condition of anonymity because they were not authorized to talk to reporters, described a department stretched thin.')).toEqual([
      'anonymous Two current employees',
    ]);
  });

  it('reads a credit right after a request for anonymity as its reason, no relay', () => {
    expect(kinds('Most of the former employees spoke on condition of anonymity, citing non-disclosure agreements they signed.')).toEqual([]);
    expect(kinds('The newspaper, citing two people close to the talks, said the deal was near.')).toEqual([
      'on-record The newspaper', 'anonymous two people close to the talks',
    ]);
  });

  it('reads no report in a negated verb of saying before an indirect question', () => {
    expect(kinds('Renn did not say what a withdrawal would involve.')).toEqual([]);
    expect(kinds("Renn didn't explain how the deal would work.")).toEqual([]);
    expect(kinds('Renn did not say the deal was dead.')).toEqual(['on-record Renn']);
  });

  it('reads a plural title before two names as part of their phrase', () => {
    expect(kinds('State Reps. Ina Kowalski and Terrence Boyd, whose districts include the valley, said the state had failed.')).toEqual([
      'on-record State Reps. Ina Kowalski and Terrence Boyd',
    ]);
  });

  it('takes no apposition before a determined phrase right before its verb, which closes the report', () => {
    expect(kinds('The offer was passed on last week in the capital, Lisk, the diplomats told NPB.')).toEqual(['anonymous the diplomats']);
    // (An indefinite description after a name, the comma before the verb left out, is still its apposition.)
    expect(kinds('Kristen Gillibrand (D-NY), a supporter of the bid told host Chris Cuomo she believed it.')[0]).toBe('on-record Kristen Gillibrand (D-NY), a supporter of the bid');
  });

  it('reads a speaker placed after the quote, and one placed before it', () => {
    const after = only('"We are ready for discussion. We have never refused," Putin said in China.');
    expect(after.source.text).toBe('Putin');
    expect(after.quote?.text).toBe('"We are ready for discussion. We have never refused,"');
    const inverted = only('“Putin can fight as long as he needs to,” said another senior Russian source who has worked with Putin.');
    expect(inverted.source.text).toBe('another senior Russian source');
    expect(inverted.kind).toBe('anonymous');
    const before = only('Morrison told the committee, "I feared at the time how its disclosure would play."');
    expect(before.source.text).toBe('Morrison');
    expect(before.quote).not.toBeNull();
  });

  it('attributes a quotation that opens the paragraph after "X said:"', () => {
    const a = only('The minister said:\n\n"We will win this war. There is no doubt."\n\nAnother paragraph.');
    expect(a.quote?.text).toBe('"We will win this war. There is no doubt."');
  });

  it('attributes a quotation continued over paragraphs to the speaker in its last paragraph', () => {
    const text = '"The first part goes on and on.\n\n"And it ends here," the minister said.';
    const a = only(text);
    expect(a.quote?.text).toBe(text.slice(0, text.indexOf(',"') + 2));
  });

  it('counts one attribution per source and cue pair in a sentence ("said …, saying …")', () => {
    expect(found('Peskov said that the Kremlin is open to dialogue, saying that Russia does not want war.')).toEqual([
      'Peskov | said | on-record',
    ]);
  });

  it('takes the subject of the clause for a participle cue', () => {
    expect(found('The US welcomed the exchange, saying it was a step toward peace.')).toEqual(['The US | saying | on-record']);
  });

  it('counts belief verbs only for informants', () => {
    expect(found('One source believes that there can be no deal.')).toEqual(['One source | believes | anonymous']);
    expect(found('Putin believes that the successes are enough.')).toEqual([]);
    // Nor when a speaker named after it reports the belief; a belief in a clause of its own still counts.
    expect(found('Investors believe the merger will close, the chief financial officer, Jane Roe, said.')).toEqual([
      'the chief financial officer, Jane Roe | said | on-record',
    ]);
    expect(found('Analysts believe the merger will close, and the company said it agreed.')).toEqual([
      'Analysts | believe | anonymous',
      'the company | said | on-record',
    ]);
    // One counted out of those consulted is an informant, as "one source" is; "a refugee who feared" is not.
    expect(found('One trader in Singapore believes oil will rise, citing tight supply.')).toEqual(['One trader in Singapore | believes | anonymous']);
    expect(found('A refugee who feared for his life fled.')).toEqual([]);
    // Nor when its subject opens what another cue reports, right after it or its "that".
    expect(found('Officials said residents believe the water is safe.')).toEqual(['Officials | said | anonymous']);
    expect(found('The survey found that most parents fear the change.')).toEqual(['The survey | found | on-record']);
    // Nor after a credit that opens the sentence, right after its comma; a clause joined later is the writer's.
    expect(found('According to the minister, analysts believe rates will rise.')).toEqual(['the minister | According to | on-record']);
    expect(found('According to the minister, rates will rise, and analysts believe it too.')).toEqual([
      'the minister | According to | on-record',
      'analysts | believe | anonymous',
    ]);
  });

  it('resolves pronoun speakers to the source they refer to, with its kind', () => {
    const r = analyse('A senior official said the talks had failed. "There is no deal," he said. Dmitry Peskov said otherwise. He added: "We are open."');
    const [first, pronoun, named, second] = r.attributions;
    expect(pronoun.source.text).toBe('he');
    expect(pronoun.kind).toBe('anonymous');
    expect(pronoun.refersTo).toBe(r.sources.find((s) => s.attributions.includes(first.id))!.id);
    expect(second.source.text).toBe('He');
    expect(second.kind).toBe('on-record');
    expect(second.refersTo).toBe(r.sources.find((s) => s.attributions.includes(named.id))!.id);
  });

  it('gives "he"/"she" an unnamed antecedent only while it is still speaking', () => {
    // Two sentences on, "he" is the man the article names, not the unnamed one.
    const r = analyse('Mr. Crane spoke at a forum. One delegate said the party was lost. The crowd cheered. "We will win," he said.');
    const pronoun = r.attributions.find((a) => a.source.text === 'he')!;
    expect(pronoun.kind).toBe('on-record');
    const continued = analyse('Mr. Crane spoke at a forum. One delegate said the party was lost. He could not find a taker, he said. "Not one," he said.');
    expect(continued.attributions.filter((a) => a.source.text === 'he').map((a) => a.kind)).toEqual(['anonymous', 'anonymous']);
  });

  it('does not let "he" stand for a woman, nor "she" for a man', () => {
    const r = analyse('Assange was accused of rape by a woman after a conference. He has always denied the allegations.');
    expect(r.attributions.find((a) => a.source.text === 'He')!.kind).toBe('on-record');
    const same = analyse('A woman said the plan failed. "It is over," she said.');
    expect(same.attributions.find((a) => a.source.text === 'she')!.kind).toBe('anonymous');
  });

  it('does not give "he"/"she" who answers to the unnamed person who asked', () => {
    const r = analyse('Mr. Crane spoke at a forum. A reporter asked whether the party was lost. "You know, we will win," he said.');
    expect(r.attributions.find((a) => a.source.text === 'he')!.kind).toBe('on-record');
    const questioner = analyse('Mr. Crane spoke at a forum. One questioner claimed that the party was lost. "You are right," he said.');
    expect(questioner.attributions.find((a) => a.source.text === 'he')!.kind).toBe('on-record');
    // One who told, not asked, may go on speaking.
    const teller = analyse('Mr. Crane spoke at a forum. One delegate said the party was lost. "Not one," he said.');
    expect(teller.attributions.find((a) => a.source.text === 'he')!.kind).toBe('anonymous');
  });

  it('counts a pronoun that opens a second claim of the person the sentence named', () => {
    expect(kinds('Rendell agreed that the rules should change, but he said that discussion should wait.')).toEqual(['on-record Rendell', 'on-record he']);
    expect(kinds('Lynch said the demands erase barriers, though she noted that clients want diverse teams.')).toEqual(['on-record Lynch', 'on-record she']);
    // Inside one claim the pronoun is the speaker already found.
    expect(kinds('When Rahimi announced the deal, he said prices would fall.')).toEqual(['on-record Rahimi']);
  });

  it('reads any verb of speech beside a quotation as its cue', () => {
    expect(kinds('"Maybe I can reach them," she continued. "We have to try."')).toEqual(['on-record she']);
    expect(kinds('Strada spoke last. She continued, "All we are asking for is justice."')).toEqual(['on-record She']);
    expect(kinds('"It was a long night," he joked.')).toEqual(['on-record he']);
    // Away from a quotation the same verb is no cue.
    expect(kinds('The crowd continued to chant "lock her up."')).toEqual([]);
    expect(kinds('She continued her speech after the break.')).toEqual([]);
    // A quotation that ends its sentence hands over to no speaker.
    expect(kinds('"It is over." Smith continued.')).toEqual([]);
  });

  it('reads a verb that is mostly a noun as a cue only after a word that can end a subject', () => {
    expect(kinds('Hackers targeted systems in at least two states, officials said.')).toEqual(['anonymous officials']);
    expect(kinds('The company states that it lost money.')).toEqual(['on-record The company']);
  });

  it('reads "secretary of state" as a noun phrase in the source, and "that boast," as a noun', () => {
    expect(kinds('"It is over," said former secretary of state Hillary Crane, who praised them.')).toEqual(['on-record former secretary of state Hillary Crane']);
    expect(kinds('Former secretary of state Hillary Crane said it.')).toEqual(['on-record Former secretary of state Hillary Crane']);
    expect(kinds('He did not mention the author of that boast, Muhammad Ali.')).toEqual([]);
  });

  it('reads people of a nation as unnamed, and "the" with them as its government', () => {
    expect(kinds('Many Tunisians said they were afraid.')).toEqual(['anonymous Many Tunisians']);
    // (A nationality adjective in -an, -i or -ese is a noun too, whether or not WordNet lists it as one.)
    expect(kinds('Ukrainians say the attacks have worn down their nerves.')).toEqual(['anonymous Ukrainians']);
    expect(kinds('A Tunisian told reporters he fled.')).toEqual(['anonymous A Tunisian']);
    expect(kinds('The Russians said talks were over.')).toEqual(['on-record The Russians']);
    expect(kinds('Tunisian President Kais Saied said it.')).toEqual(['on-record Tunisian President Kais Saied']);
    // A singular with no determiner is a surname ("Mark Cuban … Cuban said").
    expect(kinds('The plan is worrying, Cuban said.')).toEqual(['on-record Cuban']);
    // With "the", one the reader has met ("the Texan", as "the senator"); with "a", one unnamed.
    expect(kinds('"It is hard," the Texan said.')).toEqual(['on-record the Texan']);
    expect(kinds('"It is hard," a Texan said.')).toEqual(['anonymous a Texan']);
  });

  it('reads a verb of finding that closes the sentence after a document, whatever follows the document noun', () => {
    expect(found('Rural hospitals could lose units, a report released Wednesday by the Acme Health Policy Center found.')).toEqual([
      'a report released Wednesday by the Acme Health Policy Center | found | on-record',
    ]);
    expect(found('Rural hospitals could lose units, the latest survey showed.')).toEqual(['the latest survey | showed | on-record']);
    expect(found('He lost his keys, and the police found.')).toEqual([]);
  });

  it('reads "X quoted Y as saying" as two attributions: the outlet that quotes, and the one it quotes', () => {
    expect(found('The Gazette quoted club owner Jane Roe as saying the move is "not up for debate."')).toEqual([
      'The Gazette | quoted | on-record',
      'club owner Jane Roe | as saying | on-record',
    ]);
    expect(types('Reuters quoted a senior official as saying the talks had stalled.')).toEqual(['publication Reuters', 'person a senior official']);
    // (The passive is one cue phrase, as before.)
    expect(found('The minister was quoted as saying prices would fall.')).toEqual(['The minister | was quoted as saying | on-record']);
  });

  it('reads concern and doubt voiced or expressed as a cue, and no cue phrase that its clause\'s verb follows', () => {
    expect(kinds('Many in the township have voiced concerns that the pipeline would cut across farmland.')).toEqual(['anonymous Many in the township']);
    expect(kinds('Two former employees told the paper that staff were threatened. Teachers who raised concerns were moved, they said.')).toEqual([
      'anonymous Two former employees',
      'anonymous they',
    ]);
  });

  it('reads a closed class of words of knowledge and closeness as opening what describes the source', () => {
    expect(kinds('Multiple sources privy to the negotiations say it is over.')).toEqual(['anonymous Multiple sources privy to the negotiations']);
    expect(kinds('Lawmakers loyal to the governor said the plan was dead.')).toEqual(['anonymous Lawmakers loyal to the governor']);
  });

  it('reads two modifiers joined by "and" before their noun as one phrase', () => {
    expect(kinds('The plan is doomed, according to Democratic and independent analysts.')).toEqual(['anonymous Democratic and independent analysts']);
  });

  it('reads the people around someone as unnamed, though whose they are is named', () => {
    expect(kinds('His entourage said the trip was over.')).toEqual(['anonymous His entourage']);
    expect(kinds('Members of the senator\'s coterie said the trip was over.')).toEqual(['anonymous Members of the senator\'s coterie']);
  });

  it('reads people of a faith, party or movement as unnamed, as people of a nation', () => {
    expect(kinds('A Muslim who worshiped there said he was afraid.')).toEqual(['anonymous A Muslim']);
    expect(kinds('Catholics said the plan was unfair.')).toEqual(['anonymous Catholics']);
    expect(kinds('Some Lutherans say the plan is unfair.')).toEqual(['anonymous Some Lutherans']);
    // The list keeps no word that is also a thing's ("Frank", "Grace") or a proper name's: they stay surnames.
    expect(kinds('The plan is worrying, Frank said.')).toEqual(['on-record Frank']);
    expect(kinds('The plan is worrying, Franks said.')).toEqual(['on-record Franks']);
  });

  it('reads no cue in the reason for anonymity that follows the request', () => {
    expect(kinds('An official, who spoke on condition of anonymity because the agency has not announced the nomination, said it was done.')).toEqual([
      'anonymous An official',
    ]);
    // (A reason given for what was said is another matter.)
    expect(kinds('Officials said it was done because the mayor announced it.')).toEqual(['anonymous Officials', 'on-record the mayor']);
    // A reason that is a phrase ends before the sentence's verb.
    expect(kinds('A spokesperson who asked not to be named because of agency policy said it failed.')).toEqual(['anonymous A spokesperson']);
  });

  it('reads someone who asked not to be named as unnamed, the request anywhere in the relative clause describing them', () => {
    expect(kinds('"It is hard," said the woman, who like many in the town did not want to be quoted by name.')).toEqual(['anonymous the woman']);
    expect(kinds('A man who did not want his name used said the road was closed.')).toEqual(['anonymous A man']);
    // A request in the subjunctive, after a relative clause's own object ("one of the defendants").
    expect(kinds('A lawyer for one of the defendants, who asked that his name not be used, said the case was weak.')).toEqual(['anonymous A lawyer for one of the defendants']);
    expect(kinds('A nurse, who asked that she not be identified, said the ward was full.')).toEqual(['anonymous A nurse']);
    // Not a request in what the source says.
    expect(kinds('Jane Roe, who chairs the panel, said the witness asked not to be named.')).toEqual(['on-record Jane Roe']);
    // (A relative clause whose pronoun follows a word or two of its own is an aside too: "a copy of which".)
    expect(kinds('The memo, a copy of which was reviewed by the agency, said the plant would close.')).toEqual(['on-record The memo']);
    // (In a second relative clause joined to the first after a comma.)
    expect(kinds('A captain who flies for a rival airline, and who asked not to be named, said the runway was short.')).toEqual(['anonymous A captain']);
  });

  it('reads "those opposed" and "those who oppose it" as unnamed people, not "it"', () => {
    expect(kinds('Those opposed say the tax is unfair.')).toEqual(['anonymous Those opposed']);
    expect(kinds('Those who oppose it say the tax is unfair.')).toEqual(['anonymous Those']);
  });

  it('reads a verb of saying before the clause it introduces ("joked that the …"), not before a noun', () => {
    expect(kinds('Critics joked that the plan was dead.')).toEqual(['anonymous Critics']);
    expect(kinds('Republicans oppose that plan.')).toEqual([]);
  });

  it('reads no cue in a gerund after "without" (nothing was said or asked)', () => {
    expect(kinds('The decision was taken without asking the mayor first.')).toEqual([]);
    expect(kinds('He left without saying a word.')).toEqual([]);
    expect(kinds('The mayor made transit free without asking her, officials said.')).toEqual(['anonymous officials']);
  });

  it('reads a phrasal verb of speech beside a quotation ("went on"), not one that is no speech', () => {
    expect(kindsAndCues('"It was wrong," Jane Roe went on, as if she had not heard.')).toEqual(['on-record Jane Roe went on']);
    expect(kinds('"What?" he looked up.')).toEqual([]);
    expect(kinds('The talks went on for hours.')).toEqual([]);
  });

  it('reads a capitalised word that is only an adverb, before a comma, as no name ("Rather, sources … say")', () => {
    expect(kinds('Rather, sources close to her campaign say she stands behind the plan.')).toEqual(['anonymous sources close to her campaign']);
    expect(kinds('Privately, aides say the plan is dead.')).toEqual(['anonymous aides']);
    expect(kinds('Kelly, a spokesman for the firm, said the plan is dead.')).toEqual(['on-record Kelly, a spokesman for the firm']);
  });

  it('reads "noted" before an object as before a clause ("noted the irony")', () => {
    expect(kinds('Smith noted the irony of the plan.')).toEqual(['on-record Smith']);
    expect(kinds('Many reporters noted the change on Twitter.')).toEqual(['anonymous Many reporters']);
  });

  it('reads a focus word before a subject as no part of it ("Even a top GOP strategist said")', () => {
    expect(kinds('Even a top GOP strategist said the plan is dead.')).toEqual(['anonymous a top GOP strategist']);
    expect(kinds('Even Republicans say the plan is dead.')).toEqual(['anonymous Republicans']);
  });

  it('reads a verb of replying before its clause however rare ("countered that", "retorted that"), not before a noun', () => {
    expect(kinds('The campaign countered that he fought redlining.')).toEqual(['on-record The campaign']);
    expect(kinds('Critics retorted that the plan was dead.')).toEqual(['anonymous Critics']);
    expect(kinds('Smith answered the phone.')).toEqual([]);
  });

  it('reads "per" before a named or determined source, not before a bare noun', () => {
    expect(kinds('Per the filing, the company lost money.')).toEqual(['on-record the filing']);
    expect(kinds('Per the motion, Tallyfield "does not hire anyone."')).toEqual(['on-record the motion']);
    // (A text's noun that is also a verb of saying, after a word that modifies it.)
    expect(kinds('Per a separate note from the auditors, the company lost money.')).toEqual(['on-record a separate note from the auditors']);
    expect(kinds('It costs $20 per person.')).toEqual([]);
  });

  it('reads "many of whom say" as some of the people just named, unnamed', () => {
    expect(kinds('Relatives of the victims, many of whom say the claims are wrong, met on Monday.')).toEqual(['anonymous many of whom']);
  });

  it('reads a cue in a headline written in title case', () => {
    expect(kinds('Obama Says Museum Tells the Story of America.')).toEqual(['on-record Obama']);
    // In running text a capitalised cue word is a name.
    expect(kinds('The show was hosted by Ken Says in 2010.')).toEqual([]);
  });

  it('lets "they" refer to people joined by "and"', () => {
    const r = analyse('Lawmakers said the program worked. But Mr. Grassley and Mr. Leahy say changes are needed. It has grown too far, they say.');
    const they = r.attributions.find((a) => a.source.text === 'they')!;
    expect(they.kind).toBe('on-record');
    const pair = r.attributions.find((a) => a.source.text === 'Mr. Grassley and Mr. Leahy')!;
    expect(they.refersTo).toBe(r.sources.find((s) => s.attributions.includes(pair.id))!.id);
    expect(they.type).toBe('group');
  });

  it('reads a word naming a statement as a noun after a determiner, alone or with a modifier, or after a hyphenated modifier', () => {
    expect(found('The toll may be higher, with some reports suggesting that 200 died.')).toEqual(['some reports | suggesting | on-record']);
    expect(found('This is also a match of our previous mention.')).toEqual([]);
    expect(found('Veterans with post-traumatic stress say care is slow.')).toEqual(['Veterans with post-traumatic stress | say | anonymous']);
    expect(found('The co-founder states that it failed.')).toEqual(['The co-founder | states | on-record']);
    // A noun between them is the subject: "the company reports".
    expect(found('The company reports that sales rose.')).toEqual(['The company | reports | on-record']);
  });

  it('takes the phrase before a restrictive "who" when the words after it are its clause, not a subject', () => {
    expect(found('Some consumers who sought help on launch day reported wait times of two hours.')).toEqual(['Some consumers | reported | anonymous']);
    // "who U.S. officials say": a subject opens the clause, and it is the source.
    expect(found('He cited a group of hackers who U.S. officials say is tied to Russia.')).toEqual(['He | cited | on-record', 'U.S. officials | say | anonymous']);
  });

  it('reads a participle between a noun and a thing it acts on as describing the noun, not reporting', () => {
    expect(found('Under the plan, taxpayers reporting capital gains would pay more.')).toEqual([]);
    expect(found('He has become an impartial umpire calling balls and strikes.')).toEqual([]);
    // Before a person or a clause it reports.
    expect(found('The mayor spoke, with officials telling reporters the plan had failed.')).toEqual(['officials | telling | anonymous']);
    expect(found('Aides were heard, staff members suggesting someone should resign.')).toEqual(['staff members | suggesting | anonymous']);
  });

  it('reads a verb whose object should come before its preposition as a passive participle there', () => {
    // WordNet's frames: "Somebody ----s somebody of something", and no frame with a preposition right after.
    expect(kinds('A man accused of fraud said he was innocent.')).toEqual(['anonymous A man accused of fraud']);
    expect(kinds('Kaine defended people accused of murder, officials said.')).toEqual(['anonymous officials']);
    // Active, its object said earlier: after a pronoun or an auxiliary.
    expect(kinds('She took on the senator she has accused of impugning her integrity.')).toEqual(['on-record she']);
  });

  it('lets a pronoun refer to the named subject of a sentence that also has a source', () => {
    // "Critics" spoke earlier; the sentence's own subject is nearer and is what "it" and "they" stand for.
    const r = analyse('Critics said the test was a provocation. The Security Council on Friday pledged sanctions over what it called "a clear threat." "We will act," they said.');
    const it_ = r.attributions.find((a) => a.source.text === 'it')!;
    const they = r.attributions.find((a) => a.source.text === 'they')!;
    expect([it_.kind, they.kind]).toEqual(['on-record', 'on-record']);
    expect(they.refersTo).toBe(it_.refersTo);
    expect(r.sources.find((s) => s.id === they.refersTo)!.name).toBe('The Security Council');
  });

  it('reads a count of people who act as an office, unnamed people joined to a name, and a party word after "the"', () => {
    expect(kinds('One of the former prosecutors for the senator said the two cases were different.')).toEqual([
      'anonymous One of the former prosecutors for the senator',
    ]);
    expect(kinds('Edwards and others said they could not support her.')).toEqual(['anonymous Edwards and others']);
    expect(kinds('"It drives prices up," the Republican said this week.')).toEqual(['on-record the Republican']);
  });

  it('takes the name opening the sentence as the source past a relative clause or a participle describing it', () => {
    expect(kinds('Jane Roe, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that the senator was fair.')).toEqual(['on-record Jane Roe']);
    expect(kinds('Sen. Jane Roe, facing a spirited challenge in Iowa, a swing state, said she would welcome him.')).toEqual(['on-record Sen. Jane Roe']);
    expect(kinds('Mr. Doe, whose latest start-up, Paradata, uses big data to help brands, said the senator was right.')).toEqual(['on-record Mr. Doe']);
    // (Not a phrase of place opening the sentence.)
    expect(kinds('At Boca West, where it costs $70,000 to join, Jane Roe, the club\'s president, suggested that it works.')).toEqual([
      'on-record Jane Roe, the club\'s president',
    ]);
  });

  it('reads an outlet that has learned or understands something as reporting it, and no one else', () => {
    expect(types('The BBC understands that the minister will resign.')).toEqual(['publication The BBC']);
    expect(types('But the newspaper has learned that the campaign hired staff.')).toEqual(['publication the newspaper']);
    expect(kinds('The agency eventually learned that the body had been found.')).toEqual([]);
    expect(kinds('He understands that the deal is off.')).toEqual([]);
  });

  it('reads a word naming a statement before a cue set off by commas as a noun', () => {
    expect(kindsAndCues('Cost estimates, he added, were “based on a prototype.”')).toEqual(['on-record he added']);
  });

  it('knows a regular plural beside an irregular one ("brothers" beside "brethren")', () => {
    expect(kinds('The two brothers said it was fun.')).toEqual(['on-record The two brothers']);
  });

  it('reads a participle of saying after a comma inside a quotation\'s closing mark', () => {
    expect(kinds('Jane Roe has delivered a defense of “New York values,” saying the city embodied the heart of America.')).toEqual(['on-record Jane Roe']);
  });

  it('finds the sentence\'s subject after a dateline for a participle of saying', () => {
    expect(kinds('WASHINGTON — Sen. Jane Roe defended her call to raise the wage to $15 an hour, saying the gains would outweigh the costs.')).toEqual([
      'on-record Sen. Jane Roe',
    ]);
  });

  it('ends an apposition before a relative clause opened by "whom"', () => {
    expect(kinds('John Doe, a rival whom Jane Roe fired as campaign manager, said the speech was vetted.')).toEqual(['on-record John Doe, a rival']);
  });

  it('passes over an adverb of place between a source and its cue', () => {
    expect(kinds('Officials there say the water is unsafe.')).toEqual(['anonymous Officials']);
    expect(kinds('He noted there is no evidence.')).toEqual(['on-record He']);
  });

  it('takes the speaker after a quotation closed with an opening mark, as some pages write', () => {
    expect(kinds('“It is unusual,“ said Larry Noble, an attorney.')).toEqual(['on-record Larry Noble, an attorney']);
  });

  it('keeps a name and its appositions after a conjunction opening a clause mid-sentence', () => {
    expect(kinds('He wanted to leave, but General Jane Roe, chairman of the Joint Chiefs, told reporters that the troops stay.')).toEqual([
      'on-record General Jane Roe, chairman of the Joint Chiefs',
    ]);
  });

  it('takes people before a restrictive "who" as the source, not a phrase inside its clause', () => {
    expect(kinds('Independent experts who reviewed the data said the results were robust.')).toEqual(['anonymous Independent experts']);
    expect(kinds('One of the doctors who sent the letter called him a quack.')).toEqual(['anonymous One of the doctors']);
    // (Not across a clause of its own: "…, who gained attention when he yelled".)
    expect(kinds('Rep. Jane Roe, the congresswoman who gained attention in 2009 when she yelled “You lie!” at him, spoke.')).toEqual(['on-record she']);
  });

  it('reads a poll figure written with a percent sign, as a fourth, or as "out of"', () => {
    expect(kinds('On economic issues, 42% say they are liberal.')).toEqual(['on-record 42%']);
    expect(kinds('Millennials see a problem, and three-fourths say the government should act.')).toEqual(['on-record three-fourths']);
    expect(kinds('Nearly nine out of 10 say they will need new skills.')).toEqual(['on-record Nearly nine out of 10']);
    // (A percentage of something is no one's figure.)
    expect(kinds('Turnout rose 42% last year, officials said.')).toEqual(['anonymous officials']);
  });

  it('reads a poll figure after a hedge that is elsewhere a preposition or a comparison', () => {
    expect(kinds('Even so, more than 4 in 10 said the senator would be best.')).toEqual(['on-record more than 4 in 10']);
    expect(kinds('In Vermont, about half of Democratic primary voters said they want change.')).toEqual(['on-record about half of Democratic primary voters']);
    // (A share of things is no one's figure.)
    expect(kinds('He spent about half of the money, she said.')).toEqual(['on-record she']);
    // (A comparison before a counted unit stays inside the phrase it describes.)
    expect(kinds('A nurse with more than a decade at the hospital told the paper that care was poor.')).toEqual(['anonymous A nurse with more than a decade at the hospital']);
  });

  it('lets "the group" refer back to an unnamed body brought in with "a" in the sentence before', () => {
    expect(kinds('A local group opposed the plan. The group said it would sue.')).toEqual(['anonymous The group']);
    expect(kinds('A local group opposed the plan. The group, Save Our Park, said it would sue.')).toEqual(['on-record The group, Save Our Park']);
    // (A named body stays named; so does one further back than the sentence before.)
    expect(kinds('Acme Corp. reported a loss. The company said demand had fallen.')).toEqual(['on-record Acme Corp.', 'on-record The company']);
    expect(kinds('A company in Ohio made the parts. It was May. Sales fell. The company said demand had fallen.')).toEqual(['on-record The company']);
  });

  it('lets a body\'s noun that also names a person refer back to an unnamed person who has just spoken', () => {
    expect(kinds('One crane operator, who asked not to be named, said the talks had stalled. "We are tired," the operator said.')).toEqual([
      'anonymous One crane operator',
      'anonymous the operator',
    ]);
    expect(kinds('Acme, the operator, said it would appeal. "We are tired," the operator said.')).toEqual(['on-record Acme, the operator', 'on-record the operator']);
    // (So where the speaker was read as a body, its noun being both: "A bus operator".)
    expect(kinds('A bus operator who has worked at the garage for 11 years said buses were pulled. The operator asked not to be identified. "They tell us it is temporary," the operator said.')).toEqual([
      'anonymous A bus operator',
      'anonymous the operator',
    ]);
  });

  it('lets a role above the noun of an unnamed person who has just spoken, or one below it adding a gender, refer back', () => {
    const said = (who: string, pronoun: string, anaphor: string) =>
      kinds(`${who}, who asked that ${pronoun} name not be used, said the board had failed. "It is a mess," ${anaphor} said.`);
    expect(said('A shareholder', 'his', 'the investor')).toEqual(['anonymous A shareholder', 'anonymous the investor']);
    expect(said('One parent', 'her', 'the mother')).toEqual(['anonymous One parent', 'anonymous the mother']);
    // (Or a noun of that gender alone.)
    expect(said('One mother', 'her', 'the woman')).toEqual(['anonymous One mother', 'anonymous the woman']);
    // (Not another gender, an office one person holds, nor a role that adds more than a gender.)
    expect(said('One father', 'his', 'the woman')).toEqual(['anonymous One father', 'on-record the woman']);
    expect(kinds('A lawyer for one of the defendants, who asked not to be named, said the case was weak. "The evidence is thin," the judge said.')).toEqual([
      'anonymous A lawyer for one of the defendants',
      'on-record the judge',
    ]);
    expect(said('An investor', 'his', 'the shareholder')).toEqual(['anonymous An investor', 'on-record the shareholder']);
  });

  it('lets "they" in the next sentence refer to unnamed people who were a sentence\'s subject', () => {
    const kindOfThey = (text: string) => analyse(text).attributions.find((a) => a.source.text === 'they')?.kind;
    expect(kindOfThey('Mayor Jane Roe spoke on Monday. Others who have tracked her career see choppier waters ahead. Turnout is low, they say.')).toBe('anonymous');
    // (Not the subject of the pronoun's own sentence: that is what was said, not who said it.)
    expect(kindOfThey('Jane Roe and John Doe argued that the department is not needed. State departments of education can do that, they said.')).toBe('on-record');
    // (Nor unnamed people further back than the sentence before.)
    expect(kindOfThey('Jane Roe and John Doe met the press. Some voters see waters ahead. The vote was on Monday. It was close. Turnout is low, they said.')).toBe('on-record');
  });

  it('lets a pronoun refer to the named subject of an earlier sentence', () => {
    const r = analyse('Morrison was the third witness on Tuesday. He said he was not concerned.');
    expect(r.attributions).toHaveLength(1);
    expect(r.sources[0].name).toBe('Morrison');
    expect(r.attributions[0].refersTo).toBe(r.sources[0].id);
  });

  it('records the stated reason for anonymity', () => {
    const a = only('A government official, who spoke on condition of anonymity because he was not authorized to speak publicly, said the deal was off.');
    expect(a.kind).toBe('anonymous');
    expect(a.reason?.text).toMatch(/^because he was not authorized to speak publicly/);
  });

  it('reads the reason in the source\'s own relative clause, but not any "because" there', () => {
    const a = only('The deal is off, according to a person familiar with the matter who was not authorized to speak publicly.');
    expect(a.reason?.text).toBe('not authorized to speak publicly');
    expect(only('"He can fight," said another senior source who has worked with him because he knows him.').reason).toBeNull();
  });

  it('reads hyphenated roles by their known part, and never takes "nobody" for a source', () => {
    expect(found('The president-elect said Monday that he would appoint her.')).toEqual(['The president-elect | said | on-record']);
    expect(found('Nobody said anything.')).toEqual([]);
  });

  it('finds nothing in the traps', () => {
    expect(found('The bill added 7 points to the index.')).toEqual([]);
    expect(found('Jordan admitted 1.4 million refugees.')).toEqual([]);
    expect(found('Vindman reported to him every day.')).toEqual([]);
    expect(found('(Reporting by Greg Roumeliotis; editing by Martin Howell.)')).toEqual([]);
    expect(found('The reports were long.')).toEqual([]);
  });

  it('reads the subject after the cue when the phrase before it is an object', () => {
    expect(found('He is the third resident to contract the disease dubbed the Black Death, say officials.')).toEqual([
      'officials | say | anonymous',
    ]);
  });

  it('skips time phrases between a source and its cue', () => {
    expect(found('Alden on Tuesday announced that it had become the largest shareholder.')).toEqual([
      'Alden | announced | on-record',
    ]);
    // (A date's day number before or after its month.)
    expect(found('A draft report dated 19 February shows that waiting times rose.')).toEqual(['A draft report dated | shows | on-record']);
    expect(found('A report released February 19 shows that costs rose.')).toEqual(['A report released | shows | on-record']);
  });

  it('does not count what somebody would or could say', () => {
    expect(found('Aid might be freed if the country would announce the investigations.')).toEqual([]);
    expect(found('The spokesman declined to say whether talks would resume.')).toEqual([]);
  });

  it('takes a surname that is also a role word for a name ("Ken Doctor")', () => {
    expect(found('Meanwhile, Doctor says, they are trying to buy time.')).toEqual(['Doctor | says | on-record']);
  });

  it('lets a named apposition identify an unnamed role ("another witness…, Fiona Hill")', () => {
    const a = only('He was in charge, said another witness in the probe, former White House adviser Fiona Hill.');
    expect(a.kind).toBe('on-record');
    expect(a.type).toBe('person');
  });

  it('keeps "Jr." and initials inside a name with its apposition', () => {
    expect(only('James P. Kennedy Jr., the U.S. Attorney for the district, said the case was clear.').source.text).toBe(
      'James P. Kennedy Jr., the U.S. Attorney for the district',
    );
  });

  it('takes the subject after an opening time phrase for a participle cue', () => {
    expect(found('Last week State Department official David Holmes revealed the call, saying he recalled it vividly.')).toEqual([
      'State Department official David Holmes | saying | on-record',
    ]);
  });

  it('does not take the object of a preposition as a subject', () => {
    expect(found('During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” again.')).toEqual([]);
  });

  it('does not take an addressee after a comma as the source', () => {
    expect(found('Sean Robertson, a spokesperson for the coalition, told VOA correspondent Carla Babb.')).toEqual([
      'Sean Robertson, a spokesperson for the coalition | told | on-record',
    ]);
  });

  it('does not take "in a statement" after the cue for the source', () => {
    expect(found('"It is a popular time," Jessica Caldwell, an executive director at Edmunds, said in a statement.')).toEqual([
      'Jessica Caldwell, an executive director at Edmunds | said | on-record',
    ]);
  });

  it('gives a second verb after "…, Texas, and" the sentence\'s subject', () => {
    expect(found('In October, Rep. David McKinley visited McAllen, Texas, and argued that security was needed.')).toEqual([
      'Rep. David McKinley | argued | on-record',
    ]);
  });

  it('credits a document: an opening "In a <document>," before a passive cue, and a participle after it', () => {
    expect(found('In a company email sent by chairman Marcelo Claure, employees were told that layoffs will begin.')).toEqual([
      'a company email sent by chairman Marcelo Claure | told | on-record',
    ]);
    expect(found('The employees sent a letter to management earlier this month stating their concerns.')).toEqual([
      'a letter to management | stating | on-record',
    ]);
  });

  it('keeps one unnamed insider anonymous even when the body is named, unlike officials speaking for it', () => {
    expect(found('A State Department official said the talks were over.')).toEqual([
      'A State Department official | said | anonymous',
    ]);
    expect(found('PG&E officials said the lines were cut.')).toEqual(['PG&E officials | said | on-record']);
    expect(found('Former U.S. ambassador to Ukraine Marie Yovanovitch testified before the committee.')).toEqual([
      'Former U.S. ambassador to Ukraine Marie Yovanovitch | testified | on-record',
    ]);
  });

  it('skips datelines and belief verbs that do not report a view', () => {
    expect(found('WASHINGTON — The Justice Department filed a motion, stating that the law applies.')).toEqual([
      'The Justice Department | stating | on-record',
    ]);
    expect(found('Others think about it every day.')).toEqual([]);
    expect(found('NASA said the five companies — Blue Origin and SpaceX — join the program.')).toEqual(['NASA | said | on-record']);
    expect(found('The plan is consistent with another announced by MOTIE in March.')).toEqual(['MOTIE | announced | on-record']);
  });

  it('does not take reported speech inside a quotation as a finding', () => {
    expect(found('"My lawyer said it was fine," Smith told reporters.')).toEqual(['Smith | told | on-record']);
  });
});

describe('a request for anonymity read by its shape', () => {
  it('takes a negation before being named as a request, and the reason after it', () => {
    const r = analyse('A spokesperson who did not wish to be named because of agency policy said the agency never gave vaccines.');
    expect(r.attributions.map((a) => `${a.source.text} | ${a.kind} | ${a.reason?.text}`)).toEqual(['A spokesperson | anonymous | because of agency policy']);
    expect(kinds('An official who refused to be identified said it failed.')).toEqual(['anonymous An official']);
    // Being named is no request without the negation.
    expect(kinds('A spokesperson, who was named in the complaint, said it failed.')).toEqual(['on-record A spokesperson']);
  });
});

describe('sources: definite descriptions', () => {
  it('takes "the analyst" for the named analyst before it, and "the doctor" for the unnamed one', () => {
    const r = analyse(
      'Jefferies analyst Jonathan Matuszewski said the market is wrong. That is an opportunity, according to the analyst. ' +
        'A doctor who asked not to be named because he feared reprisals told Ruptly he tried. "It is a shame," the doctor said.',
    );
    expect(r.attributions.map((a) => `${a.source.text} | ${a.kind}`)).toEqual([
      'Jefferies analyst Jonathan Matuszewski | on-record',
      'the analyst | on-record',
      'A doctor | anonymous',
      'the doctor | anonymous',
    ]);
    expect(r.sources).toHaveLength(2);
    expect(r.attributions[3].reason?.text).toBe(r.attributions[2].reason?.text);
    expect(r.attributions[2].reason?.text).toMatch(/^because he feared reprisals/);
  });
});

describe('sources', () => {
  it('merges "Vladimir Putin" and "Putin", and keeps first-mention order', () => {
    const r: Report = analyse('Police said the road was closed. Vladimir Putin said the war goes on. Putin said it again.');
    expect(r.sources.map((s) => s.name)).toEqual(['Police', 'Vladimir Putin']);
    expect(r.sources[1].attributions).toEqual(['a2', 'a3']);
    expect(r.profile.sources).toBe(2);
  });

  it('merges a titled full name with the surname alone, keeping title abbreviations in the name', () => {
    const r = analyse('US Secretary of State Mike Pompeo announced the policy. Pompeo said it was legal. Cmdr. Sean Robertson, a spokesperson, told VOA it was fine.');
    expect(r.sources.map((s) => [s.name, s.descriptor, s.attributions.length])).toEqual([
      ['Mike Pompeo', 'US Secretary of State', 2],
      ['Cmdr. Sean Robertson', 'a spokesperson', 1],
    ]);
  });

  it('does not take a body after "for" as a person\'s name', () => {
    const r = analyse('The United Nations High Commissioner for Human Rights said the move was illegal.');
    expect(r.sources[0].name).toBe('The United Nations High Commissioner for Human Rights');
  });

  it('splits a name from its descriptor', () => {
    const r = analyse("Putin's spokesman, Dmitry Peskov, said the Kremlin was open.");
    expect(r.sources[0]).toMatchObject({ name: 'Dmitry Peskov', descriptor: "Putin's spokesman", kind: 'on-record', type: 'person' });
  });
});

/** Each attribution of an English text as "kind source" (with `kindsAndCues`, "kind source cue"). */
const attributionsOf = (text: string) => analyse(text, { input: 't', language: 'en', title: 't' }).attributions;
const kinds = (text: string) => attributionsOf(text).map((a) => `${a.kind} ${a.source.text}`);
const types = (text: string) => attributionsOf(text).map((a) => `${a.type} ${a.source.text}`);
const kindsAndCues = (text: string) => attributionsOf(text).map((a) => `${a.kind} ${a.source.text} ${a.cue.text}`);

describe('shapes of unseen news copy', () => {
  const found = (text: string) =>
    analyse(text, { input: 't', language: 'en', title: 't' }).attributions.map((a) => ({ kind: a.kind, source: a.source.text, cue: a.cue.text }));

  it('reads a surname after a title as a name, whatever the word also means', () => {
    expect(found('Mr. King said that he was not familiar with it.')).toEqual([{ kind: 'on-record', source: 'Mr. King', cue: 'said' }]);
  });

  it('takes two apostrophes for a quotation mark', () => {
    expect(found("''It is more tinkering at the edges,'' said Alan Cole.")).toEqual([{ kind: 'on-record', source: 'Alan Cole', cue: 'said' }]);
  });

  it('skips a bracketed aside between the source and its cue', () => {
    expect(found('Rep. Gwen Moore (D-Wis.) said Friday that it was wrong.')).toEqual([{ kind: 'on-record', source: 'Rep. Gwen Moore', cue: 'said' }]);
  });

  it('does not take a verb after a preposition for a cue', () => {
    expect(found('She was secretary of state for four years.')).toEqual([]);
  });
});

describe('people identified through another', () => {
  it('leaves the aides of a named person unnamed', () => {
    expect(kinds('McConnell aides acknowledged a collaborative relationship.')).toEqual(['anonymous McConnell aides']);
    expect(kinds('His aides say he is undecided.')).toEqual(['anonymous His aides']);
  });

  it('names an aide who is named', () => {
    expect(kinds("Benjamin Rhodes, one of the president's closest aides, recalled that it was hard.")).toEqual([
      "on-record Benjamin Rhodes, one of the president's closest aides",
    ]);
  });

  it('identifies one person through a possessive', () => {
    expect(kinds('His lawyer said he would not answer questions.')).toEqual(['on-record His lawyer']);
  });

  it('takes lawyers for a client the phrase gives as on-record, and lawyers for no one as unnamed', () => {
    expect(kinds('The family watched the video, attorneys for the family said.')).toEqual(['on-record attorneys for the family']);
    expect(kinds('They came away with questions, according to their attorneys.')).toEqual(['on-record their attorneys']);
    expect(kinds('Lawyers said the case was weak.')).toEqual(['anonymous Lawyers']);
    expect(kinds('A lawyer familiar with the case said it was weak.')).toEqual(['anonymous A lawyer familiar with the case']);
  });
});

describe('definite descriptions', () => {
  it('takes a description with nothing earlier to refer to for someone the reader has met', () => {
    expect(kinds('Mr. Grassley and Mr. Leahy wrote a letter. The senators said the program was abused.')).toContain('on-record The senators');
  });

  it('keeps an unnamed insider unnamed', () => {
    expect(kinds('The officials said the talks had stalled.')).toEqual(['anonymous The officials']);
  });

  it('gives a description the kind of the earlier mention it refers to', () => {
    expect(kinds('A senior official said the talks had stalled. The official said more talks were planned.')).toEqual([
      'anonymous A senior official',
      'anonymous The official',
    ]);
  });

  it('lets a description whose body name identified it point back to someone unnamed, or keep the body\'s voice', () => {
    expect(kinds('"We want answers," said a prominent party committee member, asking for anonymity. "It is bad," the ACME member said.')).toEqual([
      'anonymous a prominent party committee member',
      'anonymous the ACME member',
    ]);
    expect(kinds('The Google engineer said it was broken.')).toEqual(['on-record The Google engineer']);
  });
});

describe('people nouns from the broad list', () => {
  it('finds unnamed people the hand lists never held', () => {
    expect(kinds('Housing advocates said the rents were too high.')).toEqual(['anonymous Housing advocates']);
    expect(kinds('Inspectors said the bridge was unsafe.')).toEqual(['anonymous Inspectors']);
    expect(kinds('Demonstrators said they want justice.')).toEqual(['anonymous Demonstrators']);
  });

  it('reads a capitalised plural of a person noun as a class of people', () => {
    expect(kinds('The vote was close. Republicans said the findings raised questions.')).toEqual(['anonymous Republicans']);
  });

  it('reads a capitalised singular as a surname', () => {
    expect(kinds('Fowler said he expects a full recovery.')).toEqual(['on-record Fowler']);
    expect(kinds('Don Fowler said he expects a full recovery.')).toEqual(['on-record Don Fowler']);
  });

  it('does not take words quoted as words for a speaker', () => {
    expect(kinds('Volker said he never used the term "three amigos" and added, "I cringe when I hear it."')).toEqual(['on-record Volker']);
  });
});

describe('bodies named and unnamed', () => {
  it('leaves bodies the article does not name unnamed', () => {
    // (Praising is a verb that judges: "praised the reforms" is Obama's view.)
    expect(kinds('Obama praised the reforms, and human rights groups warned that they were incomplete.')).toEqual([
      'on-record Obama',
      'anonymous human rights groups',
    ]);
  });

  it('keeps a plural that names one body, and bodies that are named, on record', () => {
    expect(kinds('Federal authorities said the bridge was closed.')).toEqual(['on-record Federal authorities']);
    expect(kinds('The Russian and Syrian defense ministries accused the rebels.')).toEqual(['on-record The Russian and Syrian defense ministries']);
  });

  it('reads a capital after a colon as owed to its place', () => {
    expect(kinds('Frustration with police: Civil rights activists say officers have a history of violence.')).toEqual([
      'anonymous Civil rights activists',
    ]);
  });
});

describe('more shapes of subjects and content', () => {
  it('reads a noun that is also a cue verb as a modifier before a noun', () => {
    expect(kindsAndCues('Federal and state officials said the two raised money.')).toEqual(['anonymous Federal and state officials said']);
  });

  it('takes a question after "asked" for reported content', () => {
    expect(kindsAndCues('Then someone asked how she could win.')).toEqual(['anonymous someone asked']);
  });
});

describe('unnamed people by a demonstrative', () => {
  it('reads "those close to him" and "those familiar with" as unnamed people', () => {
    expect(kinds('Those close to him say that he will run.')).toEqual(['anonymous Those close to him']);
    expect(kinds('Those familiar with the talks said no deal was near.')).toEqual(['anonymous Those familiar with the talks']);
    // After the cue too: "according to a source close to …".
    expect(kinds('According to a source close to the minister, the plan is dead.')).toEqual(['anonymous a source close to the minister']);
  });

  it('reads a cue word after a demonstrative as a noun', () => {
    expect(kinds('The senators suggested that those claims could be grounds for a case.')).toEqual(['on-record The senators']);
  });
});

describe('phrases read to their end', () => {
  it('reads a number with thousands separators as one word', () => {
    expect(kinds('There are more than 10,000 cancer patients in the region, said Skaik, of the city hospital.')).toEqual([
      'on-record Skaik, of the city hospital',
    ]);
    expect(kinds('But 1,409 teachers said they wanted to endorse him.')).toEqual(['anonymous 1,409 teachers']);
    expect(kinds('“They are wrong,” said 9/11 widow Terry Strada.')).toEqual(['on-record 9/11 widow Terry Strada']);
  });

  it('takes an inverted source that a participle describes', () => {
    expect(kinds('Staff are being treated as second-class citizens, says a report highlighting the problem.')).toEqual([
      'on-record a report highlighting the problem',
    ]);
    // (Its object may run into a quotation; not a gerund after a preposition: "accused the committee of sabotaging …".)
    expect(kinds('Staff are treated as citizens, says a report highlighting the “alarming rise of labour” in education.')).toEqual([
      'on-record a report highlighting the',
    ]);
    expect(kinds('At a rally, Stein, a physician, accused the committee of sabotaging the “Sanders campaign” again.')).toEqual([
      'on-record Stein, a physician',
    ]);
    // A verb of its own after the phrase makes it a subject of what was said, not the source.
    expect(kinds('The program, called EB-5, allows foreign investors to gain citizenship.')).toEqual([]);
  });

  it('ends a head at a participle taking an object, not at a preposition that ends alike', () => {
    expect(kinds('Staff were treated badly, according to a report highlighting the problem.')).toEqual([
      'on-record a report highlighting the problem',
    ]);
    expect(kinds('Media buying sources said the campaign had reserved time.')).toEqual(['anonymous Media buying sources']);
    expect(kindsAndCues('Trump hailed the vote, telling reporters during a visit that he was pleased.')).toEqual(['on-record Trump telling']);
  });

  it('ends a head at a present participle whatever word its object opens with, unless the -ing word is a noun', () => {
    expect(kinds('Power was out, according to a group representing rural counties in the state.')).toEqual([
      'anonymous a group representing rural counties in the state',
    ]);
    expect(kinds('A group representing rural counties said power was out.')).toEqual(['anonymous A group representing rural counties']);
  });

  it('ends a phrase read leftwards at a verb before the article that opens it', () => {
    expect(kinds('The chart shows the agency says costs will rise.')).toEqual(['on-record the agency']);
    expect(kinds('A spokesman for the company said it was so.')).toEqual(['on-record A spokesman for the company']);
  });

  it('hears an anonymity request inside the source phrase', () => {
    expect(kinds('The plan failed, said a spokesman speaking on condition of anonymity.')).toEqual([
      'anonymous a spokesman speaking on condition of anonymity',
    ]);
  });

  it('reads "another" alone as one more unnamed source, and a document word after it as a noun', () => {
    expect(kinds('One analyst says prices will rise, while another says they will fall.')).toEqual(['anonymous One analyst', 'anonymous another']);
    expect(kinds('In another tweet, Trump said the plan was a hoax.')).toEqual(['on-record Trump']);
  });
});

describe('a part of a group of people', () => {
  it('reads a count or a share of unnamed people as some of them, unnamed', () => {
    expect(kinds('One of the sources said the plan failed.')).toEqual(['anonymous One of the sources']);
    expect(kinds('A number of officials said the plan failed.')).toEqual(['anonymous A number of officials']);
    expect(kinds('Dozens of residents said the water was brown.')).toEqual(['anonymous Dozens of residents']);
    expect(kinds('A majority of her backers say they will vote for her.')).toEqual(['anonymous A majority of her backers']);
    expect(kinds('One of them said the talks were over.')).toEqual(['anonymous One of them']);
  });

  it('keeps a single person, a possessive share and a finding of a poll out of it', () => {
    expect(kinds('The head of the agency said the plan failed.')).toEqual(['on-record The head of the agency']);
    expect(kinds('A poll found that 74 percent of likely voters said he should release his returns.')).toEqual(['on-record A poll']);
    expect(kinds('The footage of an anguished wife shows her pleading with police.')).toEqual([]);
  });

  it('reads a demonstrative before a noun of the phrase as its determiner', () => {
    expect(kinds('A reader of this blog asked how it compared.')).toEqual(['anonymous A reader of this blog']);
  });

  it('reads a plural after a possessive and its modifier as a noun', () => {
    expect(kinds('It preys on our worst fears.')).toEqual([]);
    expect(kinds('Many voters who have praised his candidacy warned that the party may split.')).toEqual(['anonymous Many voters']);
    expect(kinds("Vietnam is one of the most vocal critics of China's sweeping territorial claims in the sea.")).toEqual([]);
    expect(kinds("A person familiar with the planning for Thursday's meeting says the talks will fail.")).toEqual([
      "anonymous A person familiar with the planning for Thursday's meeting",
    ]);
  });
});

describe('names and nouns by their place in the sentence', () => {
  it('reads a singular role word alone at the start of a sentence as a surname', () => {
    expect(kinds('King asked whether the plan would work.')).toEqual(['on-record King']);
    expect(kinds('Senator from Texas says he cannot allow her to win.')).toEqual(['on-record Senator from Texas']);
    // A word for a body's people is no name.
    expect(kinds('Staff said the plan would not work.')).toEqual(['anonymous Staff']);
  });

  it('reads a plural before an auxiliary, after a word that is no subject, as a noun', () => {
    // (The data's finding is the one attribution; "claims" is no cue.)
    expect(kindsAndCues('New data on Thursday showed unemployment claims had topped 6 million.')).toEqual(['on-record New data showed']);
    expect(kinds('Clinton wants the emails public, even the ones State now says are secret.')).toHaveLength(1);
  });
});

describe('surnames that are also nouns', () => {
  const typed = (text: string) => attributionsOf(text).map((a) => `${a.kind} ${a.type} ${a.source.text}`);

  it('reads a capitalised noun after a given name as a surname', () => {
    expect(typed('Tim Sowers, a farmer from Iowa, said he was undecided.')).toEqual(['on-record person Tim Sowers, a farmer from Iowa']);
  });

  it('reads the noun alone, later in the article, as that person', () => {
    const report = analyse('Tim Sowers, a farmer from Iowa, said he was undecided.\n\n"He has me thinking now," said Sowers, who likes the senator.', {
      input: 'test', language: 'en', title: 'test',
    });
    expect(report.attributions.map((a) => `${a.kind} ${a.type} ${a.source.text}`)).toEqual([
      'on-record person Tim Sowers, a farmer from Iowa',
      'on-record person Sowers',
    ]);
    expect(report.sources).toHaveLength(1);
    // Without the full name before it, the word is read as the noun.
    expect(typed('"He has me thinking now," said Sowers.')).toEqual(['anonymous group Sowers']);
  });
});

describe('findings of texts and bodies, and what was told to someone', () => {
  it('takes "found that" and "show that" as cues when a text or a body is their subject', () => {
    expect(kindsAndCues('The study found that the plan failed.')).toEqual(['on-record The study found']);
    expect(kindsAndCues('Recent polls show that voters are split.')).toEqual(['on-record Recent polls show']);
    // A person's finding, a pronoun and a noun are none.
    expect(kinds('He found that the plan failed.')).toEqual([]);
    expect(kinds('It shows that voters are split.')).toEqual([]);
    expect(kinds('The show that aired on Monday was popular.')).toEqual([]);
    expect(kinds('Police found a body in the river.')).toEqual([]);
  });

  it('takes a finding after a document with or without "that"', () => {
    expect(kindsAndCues('That report found children in some facilities had no showers.')).toEqual(['on-record report found']);
    expect(kindsAndCues('Studies have shown that lower-income families spend more.')).toEqual(['on-record Studies shown']);
    expect(kindsAndCues('The data also showed a rise in prices.')).toEqual(['on-record The data showed']);
    // Not after a body, a person or a pronoun.
    expect(kinds('Police found the car in a ditch.')).toEqual([]);
    expect(kinds('She showed him the door.')).toEqual([]);
    expect(kinds('It has shown resilience.')).toEqual([]);
  });

  it('takes "read" as a cue for a document beside a quotation', () => {
    expect(kindsAndCues('"We were shocked," the statement read.')).toEqual(['on-record the statement read']);
    // Not a person reading, nor a text read with no quotation.
    expect(kinds('"We were shocked," she read.')).toEqual([]);
    expect(kinds('The statement read like an apology.')).toEqual([]);
  });

  it('passes over adverbs of frequency between a subject and its verb', () => {
    expect(kinds('Acme Records have twice denied doing anything wrong.')).toEqual(['on-record Acme Records']);
    expect(kinds('The mayor has perhaps said too much.')).toEqual(['on-record The mayor']);
  });

  it('reads a verb of telling, its addressee and a clause as a report', () => {
    expect(kindsAndCues('She assured voters that the plan would work.')).toEqual(['on-record She assured']);
    expect(kinds('They were assured of support.')).toEqual([]);
  });
});

describe('names given, not words reported', () => {
  it('reads a quotation after a thing and "called" as its name', () => {
    expect(kinds("A Facebook group called 'We support Tegnell' has 85,000 members.")).toEqual([]);
    expect(kinds('She read a book called “Women Who Work” last year.')).toEqual([]);
    // People who call a thing something characterise it.
    expect(kinds('It was what multiple lawmakers called “fraud” at the bank.')).toEqual(['anonymous multiple lawmakers']);
  });
});

describe('a source whose phrase ends in an abbreviation', () => {
  it('reads past the period of a state or a suffix before the cue', () => {
    expect(kinds('Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.')).toEqual(['on-record Johnnie Wilson, of Springfield, Va.']);
    expect(kinds('Sen. Rand Paul, R-Ky., told Fox News that polls could be off.')).toEqual(['on-record Sen. Rand Paul, R-Ky.']);
    expect(kinds('His son Donald Jr. announced that the votes were in.')).toEqual(['on-record His son Donald Jr.']);
  });
});

describe('a relative clause without "who"', () => {
  it('takes the people before "I interviewed" as the source', () => {
    expect(kinds("In Clinton's favor, all the experts I interviewed said her proposals were more detailed.")).toEqual(['anonymous all the experts']);
    expect(kinds('He told the voters they said the plan failed.')).toEqual(['on-record He', 'on-record they']);
  });
});

describe('a verb that needs what it reports, after a quotation', () => {
  it('takes the quotation before it ("…," added X)', () => {
    expect(kindsAndCues('“I have been thinking,” added Rep. Jim Clyburn.')).toEqual(['on-record Rep. Jim Clyburn added']);
    expect(kindsAndCues("''My advice was not to do it,'' recalled James B. Cunningham, then ambassador to Israel.")).toEqual([
      'on-record James B. Cunningham recalled',
    ]);
  });
});

describe('an aside before the cue that names no one', () => {
  it('takes the appositions before it', () => {
    expect(kinds('Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the agency, said the rules were illegal.')).toEqual([
      'on-record Scott Pruitt, the Republican attorney general of Oklahoma',
    ]);
    // A clause before the cue is no aside.
    expect(kinds('Even if the department closed, some of its work would be done by other agencies, said DeSantis, who leads the panel.')).toEqual([
      'on-record DeSantis',
    ]);
  });
});

describe('a word that is mostly a noun after a comma', () => {
  it('is no inverted cue ("…, state Del. Marcia Price")', () => {
    expect(kindsAndCues("Scott's niece, state Del. Marcia Price, was there.")).toEqual([]);
    expect(kinds('It will ask you the usual questions (country, state, city, and so on).')).toEqual([]);
  });
});

describe('an inverted source with its appositions', () => {
  it('takes "…, said X, Y." over a phrase before an aside', () => {
    expect(kinds('Officers arrested a woman, 32, of 1119 Eighth St., after finding drugs in her car, said Lt. Matt Harris, the police spokesman.')).toEqual([
      'on-record Lt. Matt Harris, the police spokesman',
    ]);
    // An object with appositions after the verb is no inverted source: the subject before it is the source.
    expect(kinds('Judicial Watch, in releasing the email, noted congressional testimony by Gregory Hicks, the former deputy chief of mission.')).toEqual([
      'on-record Judicial Watch',
    ]);
  });
});

describe('a bidding to the reader', () => {
  it('reads a bare verb opening a sentence before its clause as no report ("Note that …")', () => {
    expect(kinds('Note that by doing this all connections will be tunneled.')).toEqual([]);
    expect(kinds('Remember that the plan failed.')).toEqual([]);
  });
});

describe('a place written as an abbreviation', () => {
  it('names no one in an apposition ("Officials in Washington, D.C., said")', () => {
    expect(kinds('Officials in Washington, D.C., said the plan failed.')).toEqual(['anonymous Officials in Washington, D.C.']);
  });
});

describe('books, articles and editorials as sources', () => {
  it('reads them as documents', () => {
    expect(attributionsOf('She later compared it to a root canal, according to his memoir.').map((a) => `${a.kind} ${a.type} ${a.source.text}`)).toEqual([
      'on-record document his memoir',
    ]);
    expect(attributionsOf('The editorial said she should visit the state.').map((a) => `${a.kind} ${a.type} ${a.source.text}`)).toEqual([
      'on-record document The editorial',
    ]);
  });
});

describe('insiders of a named body', () => {
  it('keeps counted insiders unnamed, as one is ("Two Pentagon officials" like "a Pentagon official")', () => {
    expect(kinds('Two Pentagon officials said the plan failed.')).toEqual(['anonymous Two Pentagon officials']);
    expect(kinds('A senior Pentagon official said the plan failed.')).toEqual(['anonymous A senior Pentagon official']);
    // The body's officials, uncounted, speak for it; its other members do not.
    expect(kinds('PG&E officials said the plan failed.')).toEqual(['on-record PG&E officials']);
    expect(kinds('GOP analysts say the plan failed.')).toEqual(['anonymous GOP analysts']);
    expect(kinds("Roe's opponents say the plan failed.")).toEqual(["anonymous Roe's opponents"]);
    // One of a person's friends is not identified by them, as their lawyer or wife is.
    expect(kinds('Jane Roe died on Monday. "She was kind," her friend said.')).toEqual(['anonymous her friend']);
    expect(kinds('Jane Roe died on Monday. "She was kind," her husband said.')).toEqual(['on-record her husband']);
  });

  it('keeps any one unnamed member of a named body unnamed, unless the word says they speak for it', () => {
    expect(kinds('One GOP operative said the race was over.')).toEqual(['anonymous One GOP operative']);
    expect(kinds('A Google engineer said the tool was slow.')).toEqual(['anonymous A Google engineer']);
    expect(kinds('Three Harvard professors said the study was flawed.')).toEqual(['anonymous Three Harvard professors']);
    expect(kinds('A Google spokeswoman said the tool was slow.')).toEqual(['on-record A Google spokeswoman']);
    // A name after a preposition is the body's or the one served, not the speaker's.
    expect(kinds('A producer for Acme Studios said the show was over.')).toEqual(['anonymous A producer for Acme Studios']);
    expect(kinds('A former aide to Will Roe said the plan failed.')).toEqual(['anonymous A former aide to Will Roe']);
    expect(kinds('A Democratic strategist Will Roe said the plan failed.')).toEqual(['on-record A Democratic strategist Will Roe']);
  });

  it('keeps a long apposition joining two roles with the name it describes', () => {
    expect(kinds('Jane Roe, an outside adviser to the campaign on tax and budget issues and an associate professor at Acme University, said the plan would work.')).toEqual([
      'on-record Jane Roe, an outside adviser to the campaign on tax and budget issues and an associate professor at Acme University',
    ]);
  });
});

describe('asides between dashes, and a cue inside what it reports', () => {
  it('reads an aside between dashes as an apposition of the source', () => {
    expect(kinds('Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements.')).toEqual([
      'on-record Kall -- co-editor of a book on the debates',
    ]);
    expect(kinds('A former Republican presidential candidate -- John McCain, who lost in 2008 -- said the president offered nothing.')).toEqual([
      'on-record A former Republican presidential candidate -- John McCain, who lost in 2008',
    ]);
  });

  it('credits a cue set off by commas to the phrase right before it', () => {
    expect(kinds('The report, sources said, is wrong.')).toEqual(['anonymous sources']);
    expect(kinds('Mr. Smith, officials said, is wrong.')).toEqual(['anonymous officials']);
    expect(kinds('Jane Roe, the mayor, said, however, that the plan failed.')).toEqual(['on-record Jane Roe, the mayor']);
  });
});

describe('clauses, asides and documents around the source', () => {
  it('takes a clause that opens with its subject pronoun as reported content ("noted they had …")', () => {
    expect(kindsAndCues('The statement noted they had previously said they would act.')).toEqual(['on-record The statement noted']);
  });

  it('reads no clause before the cue as an apposition ("He opened a bank account, officials said")', () => {
    expect(kinds('He opened a bank account, officials said.')).toEqual(['anonymous officials']);
    expect(kinds('The company opened a bank account, officials said.')).toEqual(['anonymous officials']);
  });

  it('passes over a relative clause between dashes', () => {
    expect(kinds('Neil Sroka, communications director of DFA - which was founded by Howard Dean - said the group would act.')).toEqual([
      'on-record Neil Sroka, communications director of DFA',
    ]);
  });

  it('reads a brief and an account as documents', () => {
    expect(kinds("However, Ivana Trump's brief said that was not her view.")).toEqual(["on-record Ivana Trump's brief"]);
    expect(kinds('He said it was fine, according to an Associated Press account.')).toEqual(['on-record He', 'on-record an Associated Press account']);
  });
});

describe('questions asked', () => {
  it('takes a verb of asking as a cue before what was asked, directly or after its addressee', () => {
    expect(kindsAndCues('A reporter asked the senator how she was feeling.')).toEqual(['anonymous A reporter asked']);
    expect(kindsAndCues('Radio host Jane Roe asked him about the statements he had made.')).toEqual(['on-record Radio host Jane Roe asked']);
    expect(kindsAndCues('Smith asked whether the plan would pass.')).toEqual(['on-record Smith asked']);
  });

  it('takes any verb of asking right before what was asked, not one whose object is questioned', () => {
    expect(kindsAndCues('Some questioned whether the system will meet the standard.')).toEqual(['anonymous Some questioned']);
    expect(kindsAndCues('Jane Roe inquired how the money was spent.')).toEqual(['on-record Jane Roe inquired']);
    expect(kinds('Police questioned the suspect about the gun.')).toEqual([]);
  });

  it('finds no asker where none is named or the verb asks for something', () => {
    // A participle with no subject, and a passive: who asked is not said.
    expect(kinds('Asked whether he would run, Smith said no.')).toEqual(['on-record Smith']);
    expect(kinds('He was asked whether he would run.')).toEqual([]);
    // A request reports no claim.
    expect(kinds('Her relatives asked the police to release the video.')).toEqual([]);
  });
});

describe('what "according to" credits', () => {
  it('takes a common noun after "according to" as a text, even one the lexicon does not list', () => {
    expect(kinds('Trump received 37 percent, according to the results.')).toEqual(['on-record the results']);
    expect(kinds('London was the capital of finance in 2015, according to one global index.')).toEqual(['on-record one global index']);
    expect(kinds('According to state law, no one may solicit a vote near a polling place.')).toEqual(['on-record state law']);
  });

  it('takes no manner, and no reason given with "citing", for a text', () => {
    expect(kinds('The work went according to plan.')).toEqual([]);
    // The one citing the reason is the source (PolNeAR train: 23 of 24 ", citing" are cues).
    expect(kinds('The president ended the talks, citing rising violence.')).toEqual(['on-record The president']);
  });
});

describe('relative clauses before the cue', () => {
  it('takes the phrase before the first of joined "who" clauses', () => {
    expect(kinds('A man who worshiped there and who did not want to be named said he heard it.')).toEqual(['anonymous A man']);
  });

  it('takes "one" and a noun of people that is mostly an adjective as the subject a participle after a comma speaks for', () => {
    expect(kindsAndCues('One operative tried to downplay the comments, saying they were fine.')).toEqual(['anonymous One operative saying']);
  });

  it('takes an inverted source after a comma and the cue that a relative clause on people describes', () => {
    expect(kinds('The envoy was warned not to move on the shoal, said an American official who was briefed on the meeting.')).toEqual(['anonymous an American official']);
  });

  it('takes the phrase before a longer relative clause without "who"', () => {
    expect(kinds('Several people I have spoken with over the last couple of weeks said he had called.')).toEqual(['anonymous Several people']);
  });
});

describe('"both" alone', () => {
  it('stands for the two the article has just brought in, and takes their kind', () => {
    expect(kinds('Two former employees, who requested anonymity, said the founder lied. Both said they had raised concerns.')).toEqual([
      'anonymous Two former employees',
      'anonymous Both',
    ]);
    expect(kinds('Jane Roe and John Doe met on Monday. Both said the talks went well.')).toEqual(['on-record Both']);
    expect(kinds('Both candidates said the talks went well.')).toEqual(['on-record Both candidates']);
  });

  it('makes "the" with the singular of an unnamed group\'s noun, just before, one of them', () => {
    expect(kinds('Several former engineers described a different culture. One said the team was rushed. "We found bugs," the engineer said.')).toEqual([
      'anonymous Several former engineers', 'anonymous One', 'anonymous the engineer',
    ]);
    // (Not a named group's.)
    expect(kinds('Acme engineers Jane Roe and John Doe described the culture. "We found bugs," the engineer said.').at(-1)).toBe('on-record the engineer');
  });

  it('reads no relay inside a quotation before the speaker ("according to" in what is quoted)', () => {
    expect(kinds('“We are running the fund exactly according to the way we are supposed to,” Wasserman Schultz said.')).toEqual(['on-record Wasserman Schultz']);
  });

  it('makes "the" with the singular of the noun after "One of" the same unnamed person, before one named further back', () => {
    expect(kinds('The chief doctor of the clinic, Sergei Maltsev, warned of shortages. One of the doctors in the ward, who asked not to be named, told the paper that patients wait. The doctor added that four specialists had left.').at(-1)).toBe('anonymous The doctor');
  });

  it('reads "the other" alone as the other of two just brought in, unnamed as one of them', () => {
    expect(kinds('Two employees, who asked not to be named, described the backlog. One said crews were tired. The other said the crews were worse.')).toEqual([
      'anonymous Two employees', 'anonymous One', 'anonymous The other',
    ]);
    expect(kinds('There is other promising news for the campaign.')).toEqual([]);
  });

  it('as does a number after "the", alone', () => {
    expect(kinds('Two former employees, who requested anonymity, said the founder lied. "We are tired," the two said.')).toEqual([
      'anonymous Two former employees',
      'anonymous the two',
    ]);
    expect(kinds('Jane Roe and John Doe met on Monday. "We agree," the two said.')).toEqual(['on-record the two']);
    expect(kinds('The two companies said the talks went well.')).toEqual(['on-record The two companies']);
  });
});

describe('a fronted apposition', () => {
  it('is named by the lone capital before the cue, a word for a people too, but not by a place', () => {
    expect(kinds('A lifelong Democrat, Roe said she would vote.')).toEqual(['on-record A lifelong Democrat, Roe']);
    expect(kinds('A lawyer, English said he would consider offers.')).toEqual(['on-record A lawyer, English']);
    expect(kinds('Officials in Austin, Texas, said the roads were closed.')).toEqual(['anonymous Officials in Austin, Texas']);
  });
});

describe('people by party, place and age', () => {
  it('reads "a Democrat" as one unnamed person, and "Republican claims" as no source', () => {
    expect(kinds('A Democrat said it was fine.')).toEqual(['anonymous A Democrat']);
    expect(kinds('PolitiFact rated 32% of Republican claims as false.')).toEqual([]);
    expect(kinds('Democrat Jane Roe said it was fine.')).toEqual(['on-record Democrat Jane Roe']);
  });

  it('takes a place before a role as where someone is from, not who they are', () => {
    expect(kinds('"It is fine," said one New Hampshire voter.')).toEqual(['anonymous one New Hampshire voter']);
    // (A body's officials, uncounted, speak for it; see 'insiders of a named body' for one of them, and for its other members.)
    expect(kinds('It was fine, Commerzbank officials said.')).toEqual(['on-record Commerzbank officials']);
  });

  it('reads an age as a person ("the 46-year-old")', () => {
    expect(kinds('A 46-year-old said it was fine.')).toEqual(['anonymous A 46-year-old']);
    expect(kinds('John Roe, 46, arrived on Monday. "It is fine," said the 46-year-old.')).toEqual(['on-record the 46-year-old']);
  });
});

describe('bodies in the plural, and a sentence opened by a conjunction', () => {
  it('reads a body word in the plural ("the unions said")', () => {
    expect(kinds('The unions said more than 15,000 people came.')).toEqual(['on-record The unions']);
    expect(kinds('Several unions said the plan was fine.')).toEqual(['anonymous Several unions']);
  });

  it('keeps the appositions of a source after a conjunction that opens the sentence', () => {
    expect(kinds('And John Smith, a lawyer, said it was fine.')).toEqual(['on-record John Smith, a lawyer']);
    expect(kinds('But a lawyer, John Smith, said it was fine.')).toEqual(['on-record a lawyer, John Smith']);
  });

  it('takes plain words after a determiner and before a known noun into the subject a participle speaks for', () => {
    expect(kinds('The utilities commission is frustrated with the carriers, saying the outages endanger lives.')).toEqual(['on-record The utilities commission']);
    // Not a verb after the noun: "a narrator reminds viewers …" has "a narrator" as its subject.
    expect(kinds('In one ad, a narrator reminds viewers that the senator marched in 1963 and says he wants change.')).toEqual(['anonymous a narrator']);
  });

  it('keeps the name before an apposition after an opening "as" or "but", and a title opened by a lower-case word', () => {
    expect(kinds('As Jane Q. Roe, an expert on Syria at the institute, noted, everyone is waiting.')).toEqual(['on-record Jane Q. Roe, an expert on Syria at the institute']);
    expect(kinds('But state Rep. Jane Roe, a member of the national committee, recalled what happened in 2008.')).toEqual([
      'on-record state Rep. Jane Roe, a member of the national committee',
    ]);
    // After an inverted cue, "to" joins a role and the person it serves.
    expect(kinds('"It works," said the former top aide to President Jane Roe.')).toEqual(['anonymous the former top aide to President Jane Roe']);
  });

  it('counts no place closing a place as an apposition of its own', () => {
    expect(kinds('"It is hard to find," lead author Jane Roe, a scientist at the center in Greenbelt, Maryland, and the university in Washington, D.C., said.')).toEqual([
      'on-record lead author Jane Roe, a scientist at the center in Greenbelt, Maryland, and the university in Washington, D.C.',
    ]);
  });

  it('reads "City, State," before a noun as part of one phrase, the state abbreviated too', () => {
    expect(kinds('A Springfield, Ill., resident said the road was closed.')).toEqual(['anonymous A Springfield, Ill., resident']);
    expect(kinds('A Springfield, Ill., high school teacher said the road was closed.')).toEqual(['anonymous A Springfield, Ill., high school teacher']);
    // (Not before a participle: "based on accounts from officials" is no noun the place modifies.)
    expect(kinds('An article about Jane Roe, one of the attackers in Springfield, Ill., based on accounts from officials, reported that she left.')).not.toContain(
      'anonymous one of the attackers in Springfield, Ill., based on accounts from officials',
    );
  });

  it('ends an apposition before its relative clause, "where" too', () => {
    expect(kinds('Jane Roe, a doctor at Acme Hospital where the patients were treated, wrote that the risk was low.')).toEqual(['on-record Jane Roe, a doctor at Acme Hospital']);
    expect(kinds('Jane Roe, a doctor at the hospital who treated the patients, said that the risk was low.')).toEqual(['on-record Jane Roe, a doctor at the hospital']);
  });

  it('takes no clause after an inverted cue for its source ("…, said parents still want …")', () => {
    expect(kinds('But Jane Roe, an organizer, said parents still want neighborhood schools.')).toEqual(['on-record Jane Roe, an organizer']);
    expect(kinds('Jane Roe, an organizer at the institute, said parents want schools.')).toEqual(['on-record Jane Roe, an organizer at the institute']);
    expect(kinds('The plan is dead, said people familiar with the matter.')).toEqual(['anonymous people familiar with the matter']);
  });
});

describe('what a cue speaks of, and whom it addresses', () => {
  it('reads a phrase after "of" as what the words are about, not who said them', () => {
    expect(kinds('"They are open to new things," Jane Roe, the director, said of the campaign.')).toEqual(['on-record Jane Roe, the director']);
    expect(kinds('"This fight is not something he agrees with," the insider added of the spat.')).toEqual(['anonymous the insider']);
  });

  it('takes a verb of telling with "to" and its addressee before what it says', () => {
    expect(kindsAndCues('Jane Roe, a spokesperson for the firm, confirmed to reporters that the company notifies people.')).toEqual([
      'on-record Jane Roe, a spokesperson for the firm confirmed',
    ]);
    // (An addressee and a time: four words.)
    expect(kinds('Jane Roe pledged to the trust in July that the line would run.')).toEqual(['on-record Jane Roe']);
    expect(kinds('She added to the list of complaints.')).toEqual([]);
    expect(kinds('It was reported to him that the plan failed.')).toEqual([]);
  });
});

describe('a time before what is said, and a cue word as a noun', () => {
  it('passes over a time between a verb and its clause ("confirmed on Monday that")', () => {
    expect(kinds('The company, which faces losses, confirmed on Monday that it had been contacted.')).toEqual(['on-record The company']);
    expect(kinds('She noted last week that the plan failed.')).toEqual(['on-record She']);
    expect(kinds('He added in March.')).toEqual([]);
  });

  it('reads a word that may be a cue as the noun after a determiner ("according to one estimate")', () => {
    expect(kinds('The smog cut two years from their lives, according to one estimate.')).toEqual(['on-record one estimate']);
  });
});

describe('an addressee after a quotation, and a reflexive before the cue', () => {
  it('reads "said to" and a short addressee beside a quotation as a cue', () => {
    expect(kinds('"It would be a problem," Jane Roe said to reporters.')).toEqual(['on-record Jane Roe']);
    expect(kinds('The money was said to be missing.')).toEqual([]);
  });

  it('reads any verb of speech right after a quotation that opens the sentence, its speaker after it', () => {
    expect(kinds('“It was fun,” joked Jane Roe.')).toEqual(['on-record Jane Roe']);
    expect(kinds('“Those goats were so smart,” remembers Jane Roe, coordinator for the programme, with a laugh.')).toEqual([
      'on-record Jane Roe, coordinator for the programme',
    ]);
    // (A word that is mostly a noun is a verb there, unless another cue follows: then it modifies a title.)
    expect(kinds('"We are excited," comments Jane Roe of the agency.')).toEqual(['on-record Jane Roe of the agency']);
    expect(kinds('"It was fun," state Sen. Jane Roe said.')).toEqual(['on-record state Sen. Jane Roe']);
    // (Not after a quoted title inside the subject.)
    expect(kinds('Washington, star of television’s “Scandal,” thanked Obama for “taking these steps.”')).toEqual([]);
  });

  it('reads a short quotation with its auxiliary, closed with no comma, as what was said, not as a title in the source', () => {
    expect(kinds('“The caucus is a battle of niches” Jane Roe said.')).toEqual(['on-record Jane Roe']);
    expect(kinds('"We will win" the senator said.')).toEqual(['on-record the senator']);
  });

  it('reads a word that is mostly a noun before a title and a name as part of the source, a person', () => {
    expect(types('Democratic state Sen. Jane Roe said it was fun.')).toEqual(['person Democratic state Sen. Jane Roe']);
    expect(types('State Gov. Jane Roe said it was fun.')).toEqual(['person State Gov. Jane Roe']);
  });

  it('reads a clause with no "that" opening with a short noun phrase and an auxiliary as what was said', () => {
    expect(kinds('In an interview, the minister admitted mistakes had been made.')).toEqual(['on-record the minister']);
    expect(kinds('She noted the report would be published in May.')).toEqual(['on-record She']);
    // (Not after a word that is mostly a noun, nor a noun after a determiner: "had written a will, it was …".)
    expect(kinds('State media have reported only a handful of deaths.')).toEqual(['on-record State media']);
    expect(kinds('Although he had written a will, it was not signed.')).toEqual([]);
  });

  it('reads a verb that needs content with where it was said between it and "that"', () => {
    expect(kinds('The senator posted on Facebook that she would run again.')).toEqual(['on-record The senator']);
    expect(kinds('He wrote in a letter to the board that he would resign.')).toEqual(['on-record He']);
    // (Not before a question.)
    expect(kinds('The senator posted on Facebook whether she would run again.')).toEqual([]);
  });

  it('reads a document as the subject of a finding past an aside between commas', () => {
    expect(kinds('The documents, obtained by The Associated Press, show the agency knew of the risk.')).toEqual([
      'on-record The documents, obtained by The Associated Press',
    ]);
  });

  it('reads a finding that people as a group report before "that"', () => {
    expect(kinds('Researchers at the University of Michigan found that the drug reduced symptoms.')).toEqual(['anonymous Researchers at the University of Michigan']);
    // (One person's "found" is no report: "she found the senator charming"; nor before a question.)
    expect(kinds('She found that the senator was charming.')).toEqual([]);
    expect(kinds('Researchers found whether the drug worked.')).toEqual([]);
  });

  it('reads a word naming a statement that opens the sentence before a verb as its subject', () => {
    expect(kindsAndCues('Reports say the company will cut jobs.')).toEqual(['on-record Reports say']);
    expect(kindsAndCues('Warns the minister: the crisis is near.')).toEqual(['on-record the minister Warns']);
  });

  it('reads a verb after what it reports with where or when closing the clause as a cue', () => {
    expect(kinds('The plan will fail, she explained on Monday.')).toEqual(['on-record she']);
    expect(kinds('"It made the work hard," Mr. Roe recalled last week.')).toEqual(['on-record Mr. Roe']);
    // (Not negated, nor an apposition with no subject, nor with nothing reported before it.)
    expect(kinds('Hope Roe, a campaign spokeswoman, did not respond in kind.')).toEqual([]);
    expect(kinds('His foundation, established in 2007, has raised money.')).toEqual([]);
    expect(kinds('Mr. Roe commented on the reason for canceling the interview.')).toEqual([]);
  });

  it('reads a verb of speech with a short object, then a colon and a quotation, as a cue', () => {
    expect(kinds('Jane Roe remembered the anxiety of moving forward: “The script just said something else.”')).toEqual(['on-record Jane Roe']);
    // (Not where a verb after the quotation hands it to its speaker.)
    expect(kindsAndCues('Sen. Jane Roe scolded him: “You are wrong,” she said.')).toEqual(['on-record she said']);
  });

  it('reads a verb of asking with its addressee and no "to" beside a question as a cue', () => {
    expect(kinds('"Why are you still endorsing him?" Jane Roe asked the senators.')).toEqual(['on-record Jane Roe']);
    // (Not a request after its addressee: "asked the senators to vote".)
    expect(kinds('"Why not?" Some people asked the senators to vote on the bill.')).toEqual([]);
  });

  it('passes over a reflexive that stresses the source ("Roe herself said")', () => {
    expect(kinds('As Jane Roe herself said, "The most important thing is that I not be the last."')).toEqual(['on-record Jane Roe']);
  });
});

describe('a possessive that is also an object pronoun', () => {
  it('opens a source phrase with "her" before its noun ("according to her account")', () => {
    expect(kinds('According to her account, the first lady went to the hospital.')).toEqual(['on-record her account']);
    expect(kinds('"It is fine," said her lawyer.')).toEqual(['on-record her lawyer']);
    expect(kinds('He told her the plan was fine.')).toEqual(['on-record He']);
  });
});

describe('documents in the plural, and a participle opening the sentence', () => {
  it('reads a document word in the plural as a noun after its modifier ("early-morning tweets")', () => {
    expect(kinds('The call came after Jane Roe attacked him in early-morning tweets.')).toEqual([]);
  });

  it('takes "Having said that" for no source', () => {
    expect(kinds('Having said that, the plan is fine.')).toEqual([]);
  });
});

describe("a body's voice", () => {
  it('types an unnamed spokesperson as the body it speaks for, a named one as a person', () => {
    expect(types('A spokesperson for the Foreign Office said the talks went well.')).toEqual(['organization A spokesperson for the Foreign Office']);
    expect(types('Peace is near, according to a Taliban representative.')).toEqual(['organization a Taliban representative']);
    // (Several spokespeople speak for it as one does.)
    expect(kinds('Although spokesmen for the company said it was safe, sales fell.')).toEqual(['on-record spokesmen for the company']);
    expect(types('Taliban spokesman Jane Roe said the talks went well.')).toEqual(['person Taliban spokesman Jane Roe']);
    expect(types("The minister's spokesman, John Doe, responding to a request for comment, said the talks went well.")).toEqual([
      "person The minister's spokesman, John Doe",
    ]);
  });
});

describe('verbs inside a source phrase, and "by saying"', () => {
  it('ends a source phrase at an auxiliary or a negation ("kids with accounts also end up revealing")', () => {
    expect(kinds('The feature is meant to help, but kids with business accounts also end up revealing their numbers.')).toEqual([]);
  });

  it('takes the clause\'s subject for "by saying"', () => {
    expect(kinds('Jane Roe responded to the critics by saying the plan was sound.')).toEqual(['on-record Jane Roe']);
  });
});

describe('auxiliaries, days and degree words', () => {
  it('takes no auxiliary for a subject ("… Ben Carson, have followed his lead, saying")', () => {
    expect(kinds("Other candidates, including Jane Roe and John Doe, have followed his lead, saying the record is fair game.")).toEqual([
      'anonymous Other candidates',
    ]);
  });

  it('reads a verb that is mostly a noun after a day as the noun ("Super Tuesday states")', () => {
    expect(kinds('He has built organizations in South Carolina and Super Tuesday states.')).toEqual([]);
  });

  it('reads a participle after a degree word as an adjective ("the most telling promise")', () => {
    expect(kinds('The most telling promise she has made is that she will not overpromise.')).toEqual([]);
    expect(kinds('It was the most criticized move of her career.')).toEqual([]);
    expect(kinds('Most said they would vote.')).toEqual(['anonymous Most']);
  });

  it('takes a subject with its appositions opening the sentence, not the object after the verb', () => {
    expect(kinds('Jane Roe, the producer, wrote a host of new songs for the album.')).toEqual(['on-record Jane Roe, the producer']);
    expect(kinds('The plan is dead, said officials.')).toEqual(['anonymous officials']);
  });
});

describe('beliefs that report no view', () => {
  it('takes a restrictive "who" clause with a belief verb as saying which people are meant', () => {
    expect(kinds('Candidates who think the region is lost are wrong.')).toEqual([]);
    expect(kinds('Critics, who believe the plan is flawed, sued.')).toEqual(['anonymous Critics, who']);
    expect(kinds('One source believes that the talks will fail.')).toEqual(['anonymous One source']);
  });

  it('takes a belief verb before a person as no view ("many doubted her")', () => {
    expect(kinds('Many doubted her in Nevada.')).toEqual([]);
    expect(kinds('Many believe he is right.')).toEqual(['anonymous Many']);
    expect(kinds('Most of us think we overeat when the food is good.')).toEqual(['anonymous Most of us']);
  });
});

describe('nouns of people that are mostly adjectives', () => {
  it('reads one as a person when "a" or "one" opens its phrase ("one moderate said")', () => {
    expect(kinds('A moderate said the plan was fine.')).toEqual(['anonymous A moderate']);
    expect(kinds('"It is over," said one operative in the state.')).toEqual(['anonymous one operative in the state']);
    expect(kinds('Moderate voters said the plan was fine.')).toEqual(['anonymous Moderate voters']);
  });
});

describe('what opens a sentence before its subject', () => {
  it('passes over "Even before …," and a participle opening the sentence', () => {
    expect(kinds('Even before the remarks about him, Jane Roe had criticized the pope and accused him of meddling.')).toEqual(['on-record Jane Roe']);
    expect(kinds('Appearing before supporters on Monday at party headquarters, Jane Roe said it was too early but added, "I think you know."')).toEqual([
      'on-record Jane Roe',
    ]);
  });
});

describe('places as sources', () => {
  it('takes a country or a capital alone for its government, a town\'s name alone for a surname', () => {
    expect(types('Moscow has said it is ready.')).toEqual(['organization Moscow']);
    expect(types('Clinton says the plan will work.')).toEqual(['person Clinton']);
  });

  it('keeps a state after its city inside the aside before it ("in Columbus, Ohio,")', () => {
    expect(kinds('Jane Roe, during a town hall meeting in Columbus, Ohio, said the mines would close.')).toEqual(['on-record Jane Roe']);
    expect(kinds('Officials in Austin, Texas, said it was over.')).toEqual(['anonymous Officials in Austin, Texas']);
  });
});

describe('openers, floated quantifiers and people joined', () => {
  it('reads sentence adverbs and negated auxiliaries as no names ("Therefore, …", "Instead of …", "Don\'t")', () => {
    expect(kinds('Therefore, Gulf sources believe the axis is real.')).toEqual(['anonymous Gulf sources']);
    expect(kinds('Instead of calling himself conservative, Jane Roe said, "I am a guy with common sense."')).toEqual(['on-record Jane Roe']);
    expect(kinds("Don't ask that.")).toEqual([]);
    expect(kinds('Enough said.')).toEqual([]);
  });

  it('passes over a quantifier floated after its subject, and types people joined as a group', () => {
    expect(types('Jane Roe of Texas and John Doe of Ohio have both urged him to release the tapes.')).toEqual([
      'group Jane Roe of Texas and John Doe of Ohio',
    ]);
    expect(types('Both said it was over.')).toEqual(['group Both']);
  });

  it('keeps a noun of people that is mostly an adjective before a name ("Presidential hopeful Sen. Jane Roe")', () => {
    expect(kinds('Republican Presidential hopeful Sen. Jane Roe was critical of the plan, telling reporters that it was wrong.')).toEqual([
      'on-record Republican Presidential hopeful Sen. Jane Roe',
    ]);
  });
});

describe('where and when after a verb beside a quotation', () => {
  it('reads a verb beside its quotation with a place or a time after it ("he declared in a tweet")', () => {
    expect(kinds('"GROWING PARTY," he declared in a tweet after the primaries.')).toEqual(['on-record he']);
    expect(kinds('"It is fine," she recalled last week.')).toEqual(['on-record she']);
    expect(kinds('"Nurses were coming up low," Farris recalled over coffee in a bakery near her home.')).toEqual(['on-record Farris']);
    // (The comma may stand inside a quotation nested in it.)
    expect(kinds('"Nurses were coming up as \'low fit,\'" Farris recalled over coffee in a bakery near her home.')).toEqual(['on-record Farris']);
  });
});

describe('two cues of one source', () => {
  it('keeps the main clause\'s verb, not the relative clause\'s ("Roe, who wrote the report, said")', () => {
    expect(kindsAndCues('Jane Roe, who estimated that a third of the workers backed him, said she voted for him.')).toEqual(['on-record Jane Roe said']);
    expect(kindsAndCues('Jane Roe, who said she was ready, met the envoy.')).toEqual(['on-record Jane Roe, who said']);
  });
});

describe('media that say things', () => {
  it('reads an ad, a clip or a slide as a document', () => {
    expect(types('The ad says "nothing will change until we elect new people."')).toEqual(['document The ad']);
    expect(types('Six million jobs depend on exports to Mexico, one slide says.')).toEqual(['document one slide']);
  });
});

describe('quantifiers floated after their subject', () => {
  it('passes over "all", "both" and "each" after the people they count', () => {
    expect(kinds('They all said it was over.')).toEqual(['on-record They']);
    expect(kinds('Officials each said it was over.')).toEqual(['anonymous Officials']);
    expect(kinds('But critics say it is over.')).toEqual(['anonymous critics']);
  });
});

describe('clauses after a source, and apostrophes', () => {
  it('ends a source phrase at a pronoun that opens its clause ("people I spoke to")', () => {
    expect(kinds('But according to multiple people I spoke to, also at issue was his partner.')).toEqual(['anonymous multiple people']);
  });

  it('takes no apostrophe inside a word for a quotation mark before an inverted source', () => {
    expect(kinds("They wouldn't tell the I.R.S. anything new.")).toEqual([]);
    expect(kinds('"It is fine," said Jane Roe.')).toEqual(['on-record Jane Roe']);
  });
});

describe('credit lines', () => {
  it('takes "Jane Roe reported from Washington." for a reporter\'s dateline, no claim', () => {
    expect(kinds('Jane Roe reported from Washington, D.C.')).toEqual([]);
    expect(kinds('The paper reported from sources in Kyiv that the talks failed.')).toEqual(['on-record The paper']);
  });

  it('takes the source after the verb when what opens the sentence has a verb of its own', () => {
    expect(kinds('Defending that terrain is within his reach, said a handful of Democrats who point to his ties with labor.')).toEqual(['anonymous a handful of Democrats']);
    expect(kinds('Jane Roe, who is the producer, said the songs were new.')).toEqual(['on-record Jane Roe']);
  });

  it('joins a subject pronoun to the phrase after "and": two people, a group', () => {
    expect(attributionsOf('You can make a bigger difference, he and his wife Kali explained on their podcast.')[0]).toMatchObject({ source: { text: 'he and his wife Kali' }, kind: 'on-record', type: 'group' });
    expect(attributionsOf('Jane Roe and her husband said the road was closed.')[0]).toMatchObject({ source: { text: 'Jane Roe and her husband' }, type: 'group' });
    expect(attributionsOf('Acme chairman and chief executive Jane Roe said the road was closed.')[0]).toMatchObject({ type: 'person' });
    // (Nor is one name of a couple, in an apposition that names the source.)
    expect(kinds('Jane Roe\'s biographers, David and Jeanne Moss, wrote that she had a tin ear.')).toEqual(['on-record Jane Roe\'s biographers, David and Jeanne Moss']);
    // (After what it says, where it was said may end in a quoted title: 'on their podcast "Beyond Finances."'.)
    expect(kinds('You can make a bigger difference, Jane Roe explained on an episode of her podcast "Money Talk."')).toEqual(['on-record Jane Roe']);
    // (An object pronoun joined to a phrase is no subject.)
    expect(kinds('Officials told him and his wife that the road was closed.')).toEqual(['anonymous Officials']);
  });

  it('lets an aside open the clause after "that" ("cautioned that, to the naked eye, …")', () => {
    expect(kinds('Experts cautioned that, to the naked eye, the comet will look still.')).toEqual(['anonymous Experts']);
    expect(kinds('Experts cautioned that plan.')).toEqual([]);
  });

  it('lets a time stand between a verb of saying and its clause ("hinted on Friday that")', () => {
    expect(kinds('The central bank hinted on Friday that it could cut rates.')).toEqual(['on-record The central bank']);
  });

  it('takes no verb closing a clause that "after" or "when" opens for a report of what came before', () => {
    expect(kinds('Parents said they were not told about the mold until weeks after teachers first complained.')).toEqual(['anonymous Parents']);
    expect(kinds('Stocks fell after the bank announced.')).toEqual([]);
    // A comment after what it says, and a verb beside its quotation, still report.
    expect(kinds('The deal collapsed, the mayor complained.')).toEqual(['on-record the mayor']);
  });

  it('reads a name of several words the gazetteer gives a body as that body', () => {
    expect(types('Downing Street said the minister had full support.')).toEqual(['organization Downing Street']);
    expect(types('Scotland Yard said a man had been arrested.')).toEqual(['organization Scotland Yard']);
  });

  it('reads a body\'s voice who asks not to be named as one of its people', () => {
    expect(types('A spokesperson who did not wish to be named because of agency policy said the shots were not needed.')).toEqual(['person A spokesperson']);
  });

  it('takes "reported for duty" for turning up to work, no claim', () => {
    expect(kinds('Ten of the 18 staffers who reported for duty on the night shift were working overtime.')).toEqual([]);
    expect(kinds('As Jane Roe reports for the Valley Journal, the first cases came to light last week.')).toEqual(['on-record Jane Roe']);
    expect(kinds('Staffers reported to the agency that the cameras had failed.')).toEqual(['anonymous Staffers']);
  });
});

describe('broadcast media', () => {
  it('reads state television and radio as outlets', () => {
    expect(types('Iranian state TV said the talks stalled.')).toEqual(['publication Iranian state TV']);
    expect(types('State radio reported that the talks stalled.')).toEqual(['publication State radio']);
  });
});

describe('names by their shape', () => {
  it('reads a function word in capitals as an acronym, unless the sentence is set in capitals', () => {
    expect(kinds('According to WHO, there were 3,248 cases.')).toEqual(['on-record WHO']);
    expect(kinds('It is spreading, says WHO.')).toEqual(['on-record WHO']);
    expect(kinds('US officials said it was over.')).toEqual(['anonymous US officials']);
  });

  it('reads a modal after a given name as a surname ("Jane May"), not after a preposition ("In May")', () => {
    expect(kinds('British Prime Minister Jane May suggested that the deal was dead.')).toEqual(['on-record British Prime Minister Jane May']);
    expect(kinds('In May Trump said the deal was dead.')).toEqual(['on-record Trump']);
  });

  it('reads a capitalised function word before another capital, after the sentence opens, as a given name', () => {
    expect(kinds('“It is fine,” said Will Roe, a consultant.')).toEqual(['on-record Will Roe, a consultant']);
  });

  it('reads a word outlets are named from, closing a name, as an outlet', () => {
    expect(attributionsOf('The Associated Press reports that 28 people were quarantined.').map((a) => `${a.kind} ${a.type} ${a.source.text}`)).toEqual([
      'on-record publication The Associated Press',
    ]);
    expect(attributionsOf('White House Press Secretary Jane Roe said it.').map((a) => `${a.type} ${a.source.text}`)).toEqual(['person White House Press Secretary Jane Roe']);
  });
});

describe('a verb of saying in the progressive', () => {
  it('reads "are alleging that" as the subject saying so, not as a passive', () => {
    expect(kinds('The Democrats are alleging that the president abused his power.')).toEqual(['on-record The Democrats']);
    expect(kinds('Critics were warning that the plan would fail.')).toEqual(['anonymous Critics']);
  });

  it('reports only a clause or a quotation after it, or whom it urges and an infinitive', () => {
    expect(kinds('Both candidates were referring to studies of unemployment.')).toEqual([]);
    expect(kinds('Consumer advocates are urging regulators to act.')).toEqual(['anonymous Consumer advocates']);
    // Not a noun after "to", nor a phrase that is no addressee.
    expect(kinds('The administration is denying vaccines to immigrants in custody.')).toEqual([]);
    expect(kinds('Roe was saying as a way to sniff out critics.')).toEqual([]);
    // Reporting news takes its object.
    expect(kinds('Michigan health authorities are reporting a sixth death from the virus.')).toEqual(['on-record Michigan health authorities']);
  });
});

describe('calling something something', () => {
  it('reads "called X a Y" as what the subject said of X', () => {
    expect(kinds('The White House called the impeachment process a sham.')).toEqual(['on-record The White House']);
    expect(kinds('Trump called it a disgrace.')).toEqual(['on-record Trump']);
  });

  it('not a count or a time after "a" ("called him a few times")', () => {
    expect(kinds('She called him a few times.')).toEqual([]);
  });

  it('reads a verb of saying, its object and "as" as what the subject said of the object', () => {
    expect(kinds('The governor and party leaders touted the plan as making strides toward higher pay.')).toEqual(['on-record The governor and party leaders']);
    expect(kinds('Mr. Roe dismissed the criticism as the voice of a coal company.')).toEqual(['on-record Mr. Roe']);
    // Without "as", the object is no report; nor a clause or a time after "as", nor a passive.
    expect(kinds('The governor touted the plan.')).toEqual([]);
    expect(kinds('The governor touted the plan as he left the building.')).toEqual([]);
    expect(kinds('Roe, mentioned by the newspaper as a likely pick, smiled.')).toEqual([]);
    // Nor an indefinite object: "boasts a reputation as" has one.
    expect(kinds('The firm boasts a reputation as a pitiless parer of payroll.')).toEqual([]);
  });
});

describe('a verb closing the sentence with its addressee', () => {
  it('reads "…, the source claimed to the outlet." as the source saying what came before', () => {
    expect(kinds('Swift has not been returning his calls, the source further claimed to the outlet.')).toEqual(['anonymous the source']);
  });

  it('not a clause joined by "and" ("…, and Roe reported to him": served under him)', () => {
    expect(kinds('After Hill left, it was Morrison who took over, and Roe reported to him.')).toEqual([]);
  });

  it('reads a quotation after "called X a" as what X is called', () => {
    expect(kinds('Noem called the new campaign a "bold, innovative effort like the nation has never seen."')).toEqual(['on-record Noem']);
  });
});

describe('a person noun and its complement', () => {
  it('keeps "to" after a person noun inside the apposition ("a signatory to the letter")', () => {
    expect(kinds('“It is bad,” Jane Roe, a member of the group and signatory to the letter, told NBC News.')).toEqual([
      'on-record Jane Roe, a member of the group and signatory to the letter',
    ]);
  });
});

describe('"the" and a noun the lexicon does not know, before a plain verb of saying', () => {
  it('reads it as a body the article has named', () => {
    expect(attributionsOf('The utility said it will closely monitor the weather.').map((a) => `${a.kind} ${a.type} ${a.source.text}`)).toEqual([
      'on-record organization The utility',
    ]);
  });

  it('reads a word WordNet files as a body, heading the subject of a plain verb of saying, as a body', () => {
    expect(attributionsOf('Company management said sales would grow.').map((a) => `${a.kind} ${a.type} ${a.source.text}`)).toEqual([
      'on-record organization Company management',
    ]);
    // Not before another verb of saying, nor a word for people too ("executive" is also a body, the executive).
    expect(kinds('Company management hinted sales would grow.')).toEqual([]);
    expect(kinds('An executive said sales would grow.')).toEqual(['anonymous An executive']);
  });

  it('not before a noun "say", nor as the antecedent of a relative clause', () => {
    expect(kinds('Lynch still has the final say on whether Clinton faces prosecution.')).toEqual([]);
    expect(kinds('In adults, the number who said they had used it rose by 23 percent.')).toEqual([]);
  });
});

describe('verbs that judge someone (WordNet criticize.v.01 and praise.v.01 among the reporting verbs)', () => {
  it('take their object as what they say', () => {
    expect(kinds('Trump assailed Williams as part of the Never Trumpers.')).toEqual(['on-record Trump']);
    expect(kinds('Critics decried the plan.')).toEqual(['anonymous Critics']);
  });

  it('give their cue to a participle of saying that follows for the same source', () => {
    expect(attributionsOf('Jane Roe blasted the deal, saying “it is morally wrong.”').map((a) => `${a.source.text} | ${a.cue.text} | ${a.quote?.text ?? ''}`)).toEqual([
      'Jane Roe | saying | “it is morally wrong.”',
    ]);
  });
});

describe('a word that may open a modifier after a noun, before one', () => {
  it('modifies the noun after it when a determiner opens the phrase', () => {
    expect(kinds('The plan, an inside source said, is to have volunteers hand it out.')).toEqual(['anonymous an inside source']);
    expect(kinds('A close aide said the plan failed.')).toEqual(['anonymous A close aide']);
    // After its noun it still opens the modifier, and "one of" is still a count of a group.
    expect(kinds('People close to the mayor said the plan failed.')).toEqual(['anonymous People close to the mayor']);
    expect(kinds('One of the aides said the plan failed.')).toEqual(['anonymous One of the aides']);
  });
});

describe('a capitalised plural after a count or a plain modifier', () => {
  it('is a class of people, not a person', () => {
    expect(kinds('Senior Tories said the leader must go.')).toEqual(['anonymous Senior Tories']);
    expect(kinds('Many Catholics say the plan is wrong.')).toEqual(['anonymous Many Catholics']);
    // Not a name after "a", nor an acronym.
    expect(kinds('According to a Reuters poll, the race is tied.')).toEqual(['on-record a Reuters poll']);
  });
});

describe('a noun of people described by a participle before the cue', () => {
  it('is the source, not the participle\'s object', () => {
    // (The participle and its infinitive describe them: the source's descriptors, as a relative clause is.)
    expect(kinds('The doctors offering to operate the flu vaccination clinic noted that the cost was low.')).toEqual(['on-record The doctors offering to operate the flu vaccination clinic']);
    expect(kinds('A lawyer representing the family said the case was weak.')).toEqual(['anonymous A lawyer representing the family']);
    expect(kinds('Lawyers representing the family said the case was weak.')).toEqual(['anonymous Lawyers representing the family']);
  });

  it('keeps the name an apposition with such a participle describes', () => {
    expect(kinds('Jane Roe, a lawyer representing the family, said the case was weak.')).toEqual(['on-record Jane Roe, a lawyer representing the family']);
    expect(kinds('Jane Roe, a Springfield, Ill., rabbi helping to organize the boycott, said he was alarmed.')).toEqual([
      'on-record Jane Roe, a Springfield, Ill., rabbi helping to organize the boycott',
    ]);
  });
});

describe("the writer's questions", () => {
  it('report nothing after the inverted auxiliary', () => {
    expect(kinds('What did the prosecutors say?')).toEqual([]);
    expect(kinds('Did the report say the plan failed?')).toEqual([]);
    // A quoted question is what its speaker asked.
    expect(kinds('"What did you say?" she asked.')).toEqual(['on-record she']);
  });
});

describe('people who act as an office', () => {
  it('keep its voice with a modifier, unlike bodies the article does not name', () => {
    expect(kinds('Federal prosecutors alleged that the guards slept.')).toEqual(['on-record Federal prosecutors']);
    expect(kinds('Human rights groups warned that the guards slept.')).toEqual(['anonymous Human rights groups']);
  });

  it('do not when they no longer hold it ("Former prosecutors said")', () => {
    expect(kinds('Former prosecutors said that the guards slept.')).toEqual(['anonymous Former prosecutors']);
    expect(kinds('Retired investigators said that the guards slept.')).toEqual(['anonymous Retired investigators']);
  });
});

describe('outlets the article does not name', () => {
  it('reads counted or quantified outlets as an unnamed group, and named or definite ones as publications', () => {
    expect(kinds('Multiple outlets reported the deal.')).toEqual(['anonymous Multiple outlets']);
    expect(kinds('Several newspapers said the deal was off.')).toEqual(['anonymous Several newspapers']);
    expect(kinds('The newspapers said the deal was off.')).toEqual(['on-record The newspapers']);
    expect(kinds('The newspaper said the deal was off.')).toEqual(['on-record The newspaper']);
  });
});

describe('a share of a group named with a modifier', () => {
  it('reads "a wide array of economists" as some of them, after a determiner only', () => {
    expect(kinds('A wide array of economists say the plan failed.')).toEqual(['anonymous A wide array of economists']);
    expect(kinds('A growing number of voters say the plan failed.')).toEqual(['anonymous A growing number of voters']);
  });
});

describe("a share of a poll's respondents", () => {
  it('reads a counted share or a ratio of people as the poll speaking, on the record', () => {
    expect(kinds('Sixty-two percent of Republicans agreed.')).toEqual(['on-record Sixty-two percent of Republicans']);
    expect(kinds('Twenty-four percent said they were more likely to vote for him.')).toEqual(['on-record Twenty-four percent']);
    expect(kinds('Nearly half said they prefer someone with experience.')).toEqual(['on-record Nearly half']);
    expect(kinds('Six in 10 primary voters said the economy mattered most.')).toEqual(['on-record Six in 10 primary voters']);
    expect(kinds('About 4 in 10 say the country is on the wrong track.')).toEqual(['on-record About 4 in 10']);
    // A hedge before a share written as one hyphenated word ("two-thirds") is no preposition either.
    expect(kinds('About two-thirds of voters said the economy mattered most.')).toEqual(['on-record About two-thirds of voters']);
    expect(kinds('He talked about two-thirds of the plan.')).toEqual([]);
  });

  it('not a share of things, a count that is no share, nor a share inside what a text reports', () => {
    expect(kinds('With 100 percent of precincts reporting, he won the state.')).toEqual([]);
    expect(kinds('Forty-three percent of all reported contributions came from women.')).toEqual([]);
    expect(kinds('A survey found that 51 percent of respondents said they would vote for her.')).toEqual(['on-record A survey']);
    // An uncounted share is some of the people, unnamed.
    expect(kinds('A majority of her backers say they will vote for her.')).toEqual(['anonymous A majority of her backers']);
  });

  it('reports no belief of theirs', () => {
    expect(kinds('Seventy-two percent believe he could win the election.')).toEqual([]);
  });
});

describe('groups of people that are no body (WordNet people, crowds, audiences, families, the public)', () => {
  it('reads them as unnamed, unless they are someone\'s own', () => {
    expect(kinds('The program stalled, and some families said they were forced to pay smugglers.')).toEqual(['anonymous some families']);
    expect(kinds('"Lock her up," the crowd chanted.')).toEqual(['anonymous the crowd']);
    expect(kinds('His family said he was innocent.')).toEqual(['on-record His family']);
  });

  it('not an event that a phrase names as its setting', () => {
    expect(kinds('In a March meeting with the editorial board, Roe said the alliance was obsolete.')).toEqual(['on-record Roe']);
  });
});

describe('a description that points back to someone brought in with "a"', () => {
  it('takes the kind of an unnamed person met in the sentence before', () => {
    expect(kinds('We were greeted by an organizer at a field office. "You are the best messengers," the organizer told us.')).toEqual(['anonymous the organizer']);
  });

  it('not of an apposition, a predicate, or someone met further back where the article names one so described', () => {
    expect(kinds('Jane Roe, a campaign manager, arrived on Monday. "It went well," the campaign manager said.')).toEqual(['on-record the campaign manager']);
    expect(kinds('Roe is a candidate. "It went well," the candidate said.')).toEqual(['on-record the candidate']);
    expect(kinds('A new organizer could help. The office opened. It rained. Organizer Jane Roe left. "It went well," the organizer said.')).toEqual(['on-record the organizer']);
    // Further back, someone brought in with "a" is still meant when the article names no one so described.
    expect(kinds('A 43-year-old man fell ill in November. The doctors found the cause. It was the duvet. Jane Roe treated him. "It does not affect me now," the man wrote.')).toEqual(['anonymous the man']);
    // Brought in as a possessor too: "A local man’s decision" brings in the man.
    expect(kinds('A local man’s decision to change his bedding made him ill. Jane Roe treated him. "It does not affect me now," the man wrote.')).toEqual(['anonymous the man']);
    // A pronoun takes them only when the noun gives its gender, in the next sentence or so.
    expect(kinds('Jane Roe met a lawyer on Monday. "It went well," she said.')).toEqual(['on-record she']);
    expect(kinds('The magazine spoke to one mother, who knew her daughter used the app. "I am ahead of every parent," she said.')).toEqual(['anonymous she']);
    // Not someone an apposition names, nor one inside a quotation.
    expect(kinds('One local woman, Jane Roe, pulled the senator aside. "I am glad," she told him.')).toEqual(['on-record she']);
  });

  it('only to the words that say what a speaker is, not to a possessor or a complement', () => {
    expect(kinds('The Texas senator\'s allies say he will help. "It went well," Roe said. The longtime senator said he rarely asks.')).toEqual([
      'anonymous The Texas senator\'s allies',
      'on-record Roe',
      'on-record The longtime senator',
    ]);
    expect(kinds('An aide to the senator said it was over. The senator said it was not.')).toEqual(['anonymous An aide to the senator', 'on-record The senator']);
  });
});

describe('what a verb of saying reports, in more shapes', () => {
  it('takes a clause with the existential subject and no "that"', () => {
    expect(found('Dempsey noted there’s no definitive evidence that steroids help.')).toEqual(['Dempsey | noted | on-record']);
    expect(found('Dempsey noted there were problems with the trial.')).toEqual(['Dempsey | noted | on-record']);
    // (Not a place: "noted there" with no verb after it.)
    expect(found('The teams we noted there left early.')).toEqual([]);
  });

  it('takes a quotation before its speaker when a clause of time or reason follows the verb', () => {
    expect(found('“This is not what I expected,” judge Inaba noted as she made her decision.')).toEqual(['judge Inaba | noted | on-record']);
    expect(found('“We will win,” Roe added before leaving the hall.')).toEqual(['Roe | added | on-record']);
  });

  it('takes a named speaker with an apposition after a quotation closed by two right single marks', () => {
    expect(found('“It was an attempt to mislead voters,’’ Will Moy, chief executive of the website Full Fact, told the BBC.')).toEqual([
      'Will Moy, chief executive of the website Full Fact | told | on-record',
    ]);
  });

  it('reads a gerund before a finite auxiliary as a noun, no cue', () => {
    expect(found('Among his friends, his most prized pieces of writing were his Christmas cards.')).toEqual([]);
    expect(found('Reporting is hard work, she said.')).toEqual(['she | said | on-record']);
  });

  it('passes over "instead" between a subject and its verb', () => {
    expect(found('He instead told the BBC that he had to see him.')).toEqual(['He | told | on-record']);
  });
});

describe('one body the article does not name', () => {
  it('reads a body brought in with "a" as unnamed, and a group of people so brought in', () => {
    expect(kinds('An advocacy group said the plan failed.')).toEqual(['anonymous An advocacy group']);
    expect(kinds('A group of physicians warned that the vaccines were late.')).toEqual(['anonymous A group of physicians']);
    expect(kinds('One research firm said prices rose.')).toEqual(['anonymous One research firm']);
  });

  it('is on the record when a name after it, an apposition or the next sentence names it', () => {
    expect(kinds('A consumer group, Public Citizen, said the plan failed.')).toEqual(['on-record A consumer group, Public Citizen']);
    expect(kinds('A unit of Acme Corp. said the plan failed.').every((k) => !k.startsWith('anonymous'))).toBe(true);
    expect(kinds('Workers were told, according to a group of employees. The group, WeWorkers Coalition, formed in recent weeks.')).toEqual(['on-record a group of employees']);
    expect(kinds('The group said the plan failed.')).toEqual(['on-record The group']);
  });
});

describe('a relative pronoun for things', () => {
  it('stands for no people, and makes a name it stands for a body', () => {
    expect(found('She has beaten Sanders among non-white primary voters, which describes large swaths of the population.')).toEqual([]);
    expect(found('The tweet came from a Fox News contributor, which did not cite a source.')).toEqual([]);
    expect(types('W. W. Norton, which declined to comment, published the book.')).toEqual(['organization W. W. Norton, which']);
  });
});

describe('a lone capital before an apposition', () => {
  it('is a surname when its apposition is one person, a class of people when not', () => {
    expect(kinds('Hicks, his campaign spokeswoman, added that many were happy.')).toEqual(['on-record Hicks, his campaign spokeswoman']);
    expect(kinds('It rained. Powers, a farmer, said the crop failed.')).toEqual(['on-record Powers, a farmer']);
    expect(kinds('Farmers, a hardy lot, said the crop failed.')).toEqual(['anonymous Farmers, a hardy lot']);
  });
});

describe('a surname that ends as a nationality does', () => {
  it('is a name unless the gazetteer lists it', () => {
    expect(kinds('Calabrese told reporters that he had received hundreds of emails.')).toEqual(['on-record Calabrese']);
    expect(kinds('It rained all day, said Sebastian.')).toEqual(['on-record Sebastian']);
    expect(kinds('Korean officials said it rained.')).toEqual(['anonymous Korean officials']);
  });
});

describe('an infinitive describing a noun of people', () => {
  it('stays in the source and its apposition', () => {
    expect(found('Cruz, the only candidate to campaign in Wyoming, told delegates that their votes could help him.')).toEqual(['Cruz, the only candidate to campaign in Wyoming | told | on-record']);
    expect(found('Roe, the first woman to lead the agency, said the plan failed.')).toEqual(['Roe, the first woman to lead the agency | said | on-record']);
    // (Not a verb's object and its infinitive: the clause before the comma is no apposition.)
    expect(found('He asked voters to support him, officials said.')).toEqual(['officials | said | anonymous']);
  });
});

describe('more sources and cues by shape', () => {
  it('reads a web address as a site that publishes', () => {
    expect(types('They were merchants, according to ouest-france.fr.')).toEqual(['publication ouest-france.fr']);
    expect(types('Politico.com reported that the talks had stalled.')).toEqual(['publication Politico.com']);
  });

  it('reads a text credited with its author as a document, not a bare manner', () => {
    expect(types('Obama won by 20 points, according to polling by the union.')).toEqual(['document polling by the union']);
    expect(types('It all went according to plan.')).toEqual([]);
    // (A past form with a time after it describes a determined noun the lexicon does not know: the text released then.)
    expect(types('Costs rose 4 percent, according to a preliminary spending plan released Tuesday.')).toEqual(['document a preliminary spending plan released Tuesday']);
    expect(types('Costs rose 4 percent, according to estimates released Tuesday.')).toEqual(['document estimates released Tuesday']);
  });

  it('reads "citing" with no source after it as the cue of its clause\'s subject, as "…, saying" is', () => {
    expect(kindsAndCues('The company canceled the order two months later, citing financial issues.')).toEqual(['on-record The company citing']);
    expect(kindsAndCues('The company canceled the order, citing sources close to the board.')).toEqual(['anonymous sources close to the board citing']);
  });

  it('gives a participle after an adverbial clause to that clause\'s subject, unless it is a pronoun', () => {
    expect(kindsAndCues('They were close to a deal when the minister ended the talks, citing violence.')).toEqual(['on-record the minister citing']);
    expect(kindsAndCues('Jane Roe left the room when it was over, saying she was tired.')).toEqual(['on-record Jane Roe saying']);
    // A clause joined after a comma has its own subject.
    expect(kindsAndCues('In May, the agency gave orders to Acme and Orbit, but Orbit canceled its order later, citing internal issues.')).toEqual(['on-record Orbit citing']);
  });

  it('takes a verb followed by "to", its addressee and a quotation', () => {
    expect(found('Canova wrote to his 20,000 Twitter followers, “It’s time to end her political career.”')).toEqual(['Canova | wrote | on-record']);
    expect(found('Canova wrote to his followers about the vote.')).toEqual([]);
  });
});

describe('a relative clause on an apposition', () => {
  it('belongs to the name before the apposition', () => {
    expect(found('But Mr. Guerrero, a Republican who described himself as a religious Catholic, voted for him.')).toEqual(['Mr. Guerrero, a Republican who | described | on-record']);
    expect(kinds('Braynard, a South Carolina native who writes a blog, says the plan failed.')).toEqual(['on-record Braynard, a South Carolina native']);
  });

  it('belongs to a name after "the" and a preposition too, whose object the name is', () => {
    expect(found('He was endorsed by the Acme Tea PAC, a local organization which said in a release that its board met.')).toEqual([
      'the Acme Tea PAC, a local organization which | said | on-record',
    ]);
    // (An unnamed person's apposition stays unnamed.)
    expect(found('He met with the governor, a Republican who said he would sign the bill.')).toEqual(['a Republican who | said | anonymous']);
  });

  it('keeps a ratio whole before "who"', () => {
    expect(found('Sanders leads among 6 in 10 voters who say income inequality is most important.')).toEqual(['6 in 10 voters who | say | on-record']);
  });
});

describe('office holders of a body the article has named', () => {
  it('speak for it, as "PG&E officials" do', () => {
    expect(kinds('Leaders of the organization have said they oppose the plan.')).toEqual(['on-record Leaders of the organization']);
    expect(kinds('Officials at the company said the plant would close.')).toEqual(['on-record Officials at the company']);
    expect(kinds('Officials at a company said the plant would close.')).toEqual(['anonymous Officials at a company']);
    expect(kinds('Two officials at the company said the plant would close.')).toEqual(['anonymous Two officials at the company']);
  });
});

describe('sources and cues a blind English probe missed (session 18)', () => {
  it('reads "that" and a quotation as the clause a verb of saying introduces', () => {
    expect(found('Schuster joked that "we could season every fry."')).toEqual(['Schuster | joked | on-record']);
  });
  it('reads a suit as a text, and a document with a participle phrase after it before a finding verb', () => {
    expect(found('The suit alleges that managers shaved minutes off time cards.')).toEqual(['The suit | alleges | on-record']);
    expect(found('A poll released last week by Acme Polling found the governor leading by four points.')).toEqual([
      'A poll released last week by Acme Polling | found | on-record',
    ]);
  });
  it('reads "the" and a noun the lexicon does not know before a plain verb of stating as a body, only where it opens its clause', () => {
    expect(kinds('The district confirmed that no teachers would lose their jobs.')).toEqual(['on-record The district']);
    expect(kinds('Those who opposed the tax said it would push retirees out.')).toEqual(['anonymous Those']);
  });
  it('keeps a stance adjective with its complement in the phrase it describes', () => {
    expect(kinds('Residents opposed to the plan said it would fail.')).toEqual(['anonymous Residents opposed to the plan']);
  });
});

describe('a dateline ended by an abbreviation', () => {
  it('reads the subject after the dateline\'s dash when the abbreviation ended a sentence', () => {
    expect(found('HARRISBURG, Pa. — State Sen. Jane Roe, a Democrat, launched her campaign on Monday, telling supporters that she would fight.')).toEqual([
      'State Sen. Jane Roe | telling | on-record',
    ]);
  });
});

describe('commitments, and a relative clause on what a copula says its subject is', () => {
  it('reads a verb of committing oneself before an infinitive as a cue', () => {
    expect(found('The mayor vowed to fight the ruling.')).toEqual(['The mayor | vowed | on-record']);
    expect(found('Jane Roe promised not to raise taxes.')).toEqual(['Jane Roe | promised | on-record']);
    expect(found('Some residents have pledged to boycott the vote.')).toEqual(['Some residents | pledged | anonymous']);
  });
  it('reads nothing when a noun follows "to", or when the word is a noun', () => {
    expect(found('She pledged to the cause.')).toEqual([]);
    expect(found('His promise to cut taxes was popular.')).toEqual([]);
  });
  it('gives a relative clause on a predicate noun to the subject of the copula', () => {
    expect(found('Jane Roe is a lawyer who said the case was weak.')).toEqual(['Jane Roe is a lawyer who | said | on-record']);
    // (Where the copula's subject is not right before it, the predicate noun is no source either.)
    expect(found('Roe often attacks the press and is a liar and cheat who has pledged to sue them.')).toEqual([]);
  });
});

describe('"and" inside a complement joins no people', () => {
  it('keeps one unnamed source one person, whom "he" may stand for', () => {
    expect(kinds('A source at the Department of Energy and Commerce said the plan failed. He said it again.')).toEqual([
      'anonymous A source at the Department of Energy and Commerce', 'anonymous He',
    ]);
    expect(types('Jane Roe of Texas and John Doe of Ohio said the plan failed.')).toEqual(['group Jane Roe of Texas and John Doe of Ohio']);
  });
  it('still reads a credited study as a text, whatever time its phrase ends with', () => {
    expect(types('Prices rose, according to a study last year by economists at Acme University.')).toEqual(['document a study last year by economists at Acme University']);
  });
});

describe('one who withholds their own name', () => {
  it('is anonymous, even when a possessive ties them to someone', () => {
    expect(kinds('Her neighbor, a bus driver who declined to give his name, said there was no water.')).toEqual(['anonymous Her neighbor, a bus driver']);
    expect(kinds('A neighbor who did not give her last name said there was no water.')).toEqual(['anonymous A neighbor']);
  });
});

describe('expecting, findings after a complement, gerund clauses and participle asides', () => {
  it('reads "expected" as a belief of an informant', () => {
    expect(found('Analysts have long expected deep cuts.')).toEqual(['Analysts | expected | anonymous']);
    expect(found('Cuts are expected to come.')).toEqual([]);
  });
  it('reads a document with a complement before a finding verb', () => {
    expect(found('Data from the Acme Public Library show the branch logged 61,000 visits.')).toEqual(['Data from the Acme Public Library | show | on-record']);
    // (Not a relative clause on the document: "polls that showed".)
    expect(found('He cited polls that showed him ahead.')).toEqual(['He | cited | on-record']);
  });
  it('reads a gerund clause after a verb of saying as what it reports', () => {
    expect(found('Jane Roe, 74, recalled waiting more than an hour.')).toEqual(['Jane Roe, 74 | recalled | on-record']);
  });
  it('reads no cue in a participle aside on a noun, but one after an apposition', () => {
    expect(found('The deal, announced in October, closed last Friday, said Jane Roe.')).toEqual(['Jane Roe | said | on-record']);
    expect(found('Jane Roe, a professor at Acme in Paris, noted in an interview, however, that it failed.')).toEqual([
      'Jane Roe, a professor at Acme in Paris | noted | on-record',
    ]);
  });
});

describe('unnamed people as informants, and worrying', () => {
  it('reads the view of unnamed people whatever modifies them', () => {
    expect(found('Health care workers and hospital employees fear that the system will fail.')).toEqual([
      'Health care workers and hospital employees | fear | anonymous',
    ]);
  });
  it('reads worrying as a view, an informant’s', () => {
    expect(found('Many residents worry that the plant will close.')).toEqual(['Many residents | worry | anonymous']);
    expect(found('The worried residents left.')).toEqual([]);
  });
});

describe('a cue after a possessive and its head', () => {
  it('is a verb when a plural or a gerund heads the possessive', () => {
    expect(found('One person familiar with the board\'s thinking believes the vote will pass.')).toEqual([
      'One person familiar with the board\'s thinking | believes | anonymous',
    ]);
    expect(found('One person familiar with the board\'s plans believes the vote will pass.')).toEqual([
      'One person familiar with the board\'s plans | believes | anonymous',
    ]);
    // (After a possessive and its modifiers, a plural that can be a noun is one.)
    expect(found('Our worst fears came true.')).toEqual([]);
  });
});

describe('a past participle with its infinitive inside an apposition', () => {
  it('keeps the apposition part of the source phrase', () => {
    expect(found('Parents at Lakeview Elementary, one of the schools slated to close, said the plan was unfair.')).toEqual([
      'Parents at Lakeview Elementary, one of the schools slated to close | said | anonymous',
    ]);
  });
});

describe('a verb of saying closing its sentence, a lone "one", and a past participle aside on a name', () => {
  it('reads a verb that reports only before content as a cue where it closes the sentence after what it says', () => {
    expect(found('The talks could still fall apart, the sources cautioned.')).toEqual(['the sources | cautioned | anonymous']);
    expect(found('The talks could still fall apart, the analyst cautioned on Tuesday.')).toEqual(['the analyst | cautioned | on-record']);
    // (Not a second clause of its own.)
    expect(found('He was asked to resign, but he declined.')).toEqual([]);
  });
  it('reads "one" standing alone as one unnamed person', () => {
    expect(found('Antitrust lawyers said the overlap was limited, though one noted that the FTC had asked questions.')).toEqual([
      'Antitrust lawyers | said | anonymous',
      'one | noted | anonymous',
    ]);
    expect(found('Lawyers disagreed. One said the deal was dead.')).toEqual(['One | said | anonymous']);
    expect(found('One could argue that it failed.')).toEqual([]);
  });
  it('passes over a past participle aside after a name to its verb', () => {
    expect(found('Kasenov, asked about the deadline, posted on X later Tuesday that Tarvesh does not negotiate.')).toEqual(['Kasenov | posted | on-record']);
    expect(found('Jane Roe, pressed about it, said that the plan stands.')).toEqual(['Jane Roe | said | on-record']);
  });
});

describe('a second verb after a clause that "that" opens', () => {
  it('takes no subject from inside what was said', () => {
    expect(found('She noted, however, that the company would take on debt when costs remain high, and said she expected scrutiny.')).toEqual([
      'She | noted | on-record',
    ]);
    expect(found('The company would take on debt when costs remain high, and said it expected scrutiny.')).toEqual(['The company | said | on-record']);
  });
});

describe('a participle of saying after a text a verb issues', () => {
  it('is spoken by who issued the text', () => {
    expect(found('Her office issued a short statement Thursday saying the parties had made progress.')).toEqual(['Her office | saying | on-record']);
    expect(found('The senator released a statement saying she would vote no.')).toEqual(['The senator | saying | on-record']);
  });
});

describe('a name opening the sentence before an apposition a relative clause describes', () => {
  it('is the source, not a phrase inside the relative clause', () => {
    expect(found('Lumen Labs, a London start-up whose assistant, Iris, has about 3 million users, posted that the rules were vague.')).toEqual([
      'Lumen Labs | posted | on-record',
    ]);
  });
});

describe('one who speaks for a body counted out of several', () => {
  it('is unnamed: the reader cannot tell which body', () => {
    expect(found('A spokesperson for one of the companies said the deal was off.')).toEqual(['A spokesperson for one of the companies | said | anonymous']);
    expect(found('A spokesperson for the company said the deal was off.')).toEqual(['A spokesperson for the company | said | on-record']);
  });
});

describe('a relative clause on the subject, then a participle aside before the verb', () => {
  it('is passed over to the subject the relative clause describes', () => {
    expect(found('A geologist who has worked at the camp, speaking on condition of anonymity, said the dam was leaking.')).toEqual(['A geologist | said | anonymous']);
    // (A participle aside on a text is no subject: nothing is found past it.)
    expect(found('The plan, announced in October, said nothing.')).toEqual([]);
  });
});

describe('a text with a past participle set off by commas before its verb', () => {
  it('is the source: the participle and what it takes are a relative clause cut short', () => {
    expect(found('The memo, sent Monday by chief operating officer Jane Roe to senior managers, says the company will cut jobs.')).toEqual(['The memo | says | on-record']);
  });
});

describe('a relative of possession ("whose") on the subject', () => {
  it('opens a clause with its own subject and verb; the subject before it speaks', () => {
    expect(found('Several doctors whose practices took part told the paper that patients liked it.')).toEqual(['Several doctors | told | anonymous']);
  });
  it('leaves a verb right after its noun to that clause', () => {
    expect(found('The hacker whose cyber-mischief first revealed that the server was private pleaded guilty.')).toEqual([]);
  });
});

describe('words bodies\' names are built from', () => {
  it('close a body\'s name, no surname after a given name ("The Port Authority")', () => {
    expect(types('The Calloway Bay Port Authority said it cooperated.')).toEqual(['organization The Calloway Bay Port Authority']);
  });
  it('take capitalised complements joined by "and" as one name, no two people', () => {
    expect(types('A spokesperson for the Department of Health and Social Care said the plan works.')).toEqual([
      'person A spokesperson for the Department of Health and Social Care',
    ]);
    expect(types('Jane Roe of Texas and John Doe of Ohio said it works.')).toEqual(['group Jane Roe of Texas and John Doe of Ohio']);
  });
});

describe('the authors of a text, possessed by it', () => {
  it('are identified by the text: on the record, as "his lawyers" are; its members are not', () => {
    expect(found('The trial is the largest of its kind, its authors say.')).toEqual(['its authors | say | on-record']);
    expect(found('Its members say the union is strong.')).toEqual(['Its members | say | anonymous']);
  });
});

describe('a verb of saying inside a condition', () => {
  it('reports nothing yet', () => {
    expect(found('The filing states that prosecutors will recommend three years if he testifies.')).toEqual(['The filing | states | on-record']);
    expect(found('The town will approve the plan if a traffic study shows the road can cope.')).toEqual([]);
    expect(found('If Obama Says Radical Islam, Will It Matter?')).toEqual([]);
  });
  it('still reports beside a quotation', () => {
    expect(found('"We will go ahead," he said, if the board agrees.')).toEqual(['he | said | on-record']);
  });
});

describe('a verb of saying or belief inside an indirect question ("whether")', () => {
  it('reports nothing', () => {
    expect(found('Legal observers say the case may turn on whether jurors believe Rooke.')).toEqual(['Legal observers | say | anonymous']);
  });
});

describe('a noun that is also a cue verb, right after an article ("The state housing department")', () => {
  it('is a noun of the phrase, whatever follows it', () => {
    expect(found('The state housing department warned that cities could lose grants.')).toEqual(['The state housing department | warned | on-record']);
  });
  it('not one a coordinator follows, which joins phrases', () => {
    expect(found('Kasich has won a state and Cruz said they should drop out.').filter((a) => a.includes('state'))).toEqual([]);
  });
  it('not a possessive, whose phrase ends before it as before', () => {
    expect(found('He reminded voters of the state\'s track record in predicting winners.')).toEqual([]);
  });
});

describe('a passive cue after a modal ("could be confirmed by")', () => {
  it('reports nothing: what could be, not what was', () => {
    expect(found('Neither report could be independently confirmed by the Gazette.')).toEqual([]);
  });
  it('a passive without one still reports', () => {
    expect(found('The deal was confirmed by the Gazette.')).toEqual(['the Gazette | confirmed | on-record']);
  });
});

describe('a count or a quantifier, then a plural the lexicon does not know, subject of a plain verb of saying', () => {
  it('is people, unnamed', () => {
    expect(found('Some longtime season-ticket holders argue that the protests risk scaring off the buyers.')).toEqual(['Some longtime season-ticket holders | argue | anonymous']);
    expect(found('Already, 520 superdelegates have publicly said they support Clinton.')).toEqual(['520 superdelegates | said | anonymous']);
  });
  it('not the subject of a verb a text or a sign may take', () => {
    expect(found('Several factors suggest that the economy is slowing.')).toEqual([]);
  });
});

describe('urging, a plain verb of saying that a thing does not do', () => {
  it('makes "the" and a noun the lexicon does not know a body the article has named', () => {
    expect(found('The trust has urged fans to attend, arguing that gate receipts matter.')).toEqual(['The trust | urged | on-record']);
  });
});

describe('a clause after "that" opening with a word of none ("no", "nothing")', () => {
  it('is what a verb that reports only before a clause reports', () => {
    expect(found('The person cautioned that no decision had been made.')).toEqual(['The person | cautioned | anonymous']);
    expect(found('Officials cautioned that nothing had been decided.')).toEqual(['Officials | cautioned | anonymous']);
  });
  it('"nobody" as the subject of a verb of saying is no source', () => {
    expect(found('Nobody has confirmed that the plant will close.')).toEqual([]);
  });
});

describe('"minutes", the record of a meeting', () => {
  it('is a document that a finding verb takes', () => {
    expect(found('Minutes of the June policy meeting, released on Wednesday, showed that officials were divided.')).toEqual([
      'Minutes of the June policy meeting, released on Wednesday | showed | on-record',
    ]);
  });
  it('not a time before the subject', () => {
    expect(found('Minutes later, officials said the fire was out.')).toEqual(['officials | said | anonymous']);
  });
});

describe('a document, a participle with a body\'s long name after it, then a finding verb with no "that"', () => {
  it('is the finding\'s subject', () => {
    expect(found('A monthly survey of manufacturers released on Thursday by the Federal Reserve Bank of Kansas City showed factory activity contracting.')).toEqual([
      'A monthly survey of manufacturers released on Thursday by the Federal Reserve Bank of Kansas City | showed | on-record',
    ]);
  });
});

describe('an apposition with a comparison before a figure ("more than 9,000")', () => {
  it('stays the name\'s apposition where the phrase joins two nouns', () => {
    expect(found('Corvane Systems, a payroll and benefits processor used by more than 9,000 employers, said on Tuesday that hackers had copied names.')).toEqual([
      'Corvane Systems, a payroll and benefits processor used by more than 9,000 employers | said | on-record',
    ]);
  });
});

describe('a relative clause on an apposition, its verb joined to another ("who backed … but said")', () => {
  it('is said by the name the apposition describes', () => {
    expect(found('Karen Lutz, a hygienist who backed the Republican candidate but said she was undecided, voted early.')).toEqual(['Karen Lutz, a hygienist | said | on-record']);
  });
  it('after an inverted verb of saying, is the same source\'s second cue', () => {
    expect(found('"They all sound the same," said Karen Lutz, 54, a dental hygienist who backed the Republican candidate but said she was undecided this time.')).toEqual([
      'Karen Lutz, 54 | said | on-record',
    ]);
  });
});

describe('"per", a credit', () => {
  it('credits a text the lexicon does not know, as "according to" does', () => {
    expect(found('Per the readout, Collins also urged Rwanda to leave.')).toEqual(['the readout | Per | on-record', 'Collins | urged | on-record']);
  });
  it('not before a unit', () => {
    expect(found('The shares rose to $5 per share.')).toEqual([]);
  });
});

describe('"X was quoted by Y as saying"', () => {
  it('is said by the one quoted, and quoted by the agent', () => {
    expect(found('Government spokesman Didier Mbala was quoted by the French news agency AFP as saying that Kinshasa will not sign.')).toEqual([
      'Government spokesman Didier Mbala | as saying | on-record',
      'the French news agency AFP | quoted | on-record',
    ]);
  });
  it('past an adverb before the participle', () => {
    expect(found('Residents were later quoted by local television as saying the water was brown.')).toContain('Residents | as saying | anonymous');
  });
});

describe('an article or a possessive right after a determined noun', () => {
  it('opens the subject of a relative clause with no pronoun', () => {
    expect(found('It missed a deadline the mayor said was unrealistic.')).toEqual(['the mayor | said | on-record']);
    expect(found('Marsh is staking her bid on a promise to cap costs, a bet her campaign says will win over parents.')).toEqual(['her campaign | says | on-record']);
  });
  it('not after a preposition or a quantity', () => {
    expect(found('Some of the men said they had left.')).toEqual(['Some of the men | said | anonymous']);
    expect(found('Half the voters said no.')).toEqual(['Half the voters | said | anonymous']);
  });
});

describe('an inquiry (an audit, an investigation, a probe)', () => {
  it('reports what it found, as a text does', () => {
    expect(found('The council voted to delay the contract, after a city audit found that officers had shared scan data.')).toEqual(['a city audit | found | on-record']);
    expect(found('The audit, released Friday by the City Auditor\'s office, found that the department granted access to 61 agencies.')).toEqual([
      'The audit, released Friday by the City Auditor\'s office | found | on-record',
    ]);
  });
  it('not as the setting of what is said', () => {
    expect(found('In the investigation, police said he lied.')).toEqual(['police | said | on-record']);
  });
});

describe('a coordinator after the object of a verb', () => {
  it('joins clauses before a name or a determiner: the subject follows it', () => {
    expect(found('Republicans said the department mishandled the report and Democrats accused the GOP of stoking the issue.')).toEqual([
      'Republicans | said | anonymous',
      'Democrats | accused | anonymous',
    ]);
  });
  it('not inside a phrase', () => {
    expect(found('The mayor and the governor said no.')).toEqual(['The mayor and the governor | said | on-record']);
  });
});

describe('a comment clause in the passive ("as quoted by X")', () => {
  it('is the agent\'s, up to a time', () => {
    expect(found('But Deputy Foreign Minister Anatol Hrybko, as quoted by state television on Sunday, said Minsk was open to dialogue.')).toEqual([
      'Deputy Foreign Minister Anatol Hrybko | said | on-record',
      'state television | quoted | on-record',
    ]);
  });
});

describe('"per" before a text from its source', () => {
  it('credits the text, opening a clause', () => {
    expect(found('Per data from the research firm Tallyboard, it would be the largest deal since 2021.')).toEqual(['data from the research firm Tallyboard | Per | on-record']);
  });
  it('not in a price', () => {
    expect(found('The fee is $5 per order from the website.')).toEqual([]);
  });
});

describe('a restrictive relative clause before an aside between the subject and its verb', () => {
  it('is no part of the subject', () => {
    expect(found('The chief operating officer of a regional grocery distributor that runs its warehouses on Palisade software, who spoke on condition of anonymity, said the deal worried him.')).toEqual([
      'The chief operating officer of a regional grocery distributor | said | anonymous',
    ]);
  });
  it('not a clause "that" opens after a verb', () => {
    expect(found('He said that the mayor, who spoke on condition of anonymity, told him.')).toEqual(['He | said | on-record', 'the mayor | told | anonymous']);
  });
});

describe('a description of someone who asks not to be named', () => {
  it('points back to no one the article has named, though its noun may', () => {
    const text = 'Chief Executive Rhea Manning said in a statement that the deal was good. ' +
      'The chief operating officer of a regional distributor that runs its warehouses on the software, who spoke on condition of anonymity because his contract bars public comment, said the deal worried him.';
    expect(found(text)).toEqual([
      'Chief Executive Rhea Manning | said | on-record',
      'The chief operating officer of a regional distributor | said | anonymous',
    ]);
  });
});

describe('a verb of saying before the clause it reports', () => {
  it('takes a plural noun with no determiner after "that" for the clause\'s subject, "that" as a determiner taking no plural', () => {
    expect(found('Linda Haas countered that administrative salaries make up less than 4 percent of the budget.')).toEqual(['Linda Haas | countered | on-record']);
    expect(found('Haas countered that salaries are low.')).toEqual(['Haas | countered | on-record']);
    // (A singular after "that" is its object: "countered that argument", "that process".)
    expect(found('Haas countered that argument with data.')).toEqual([]);
    expect(found('Haas cautioned that process works.')).toEqual([]);
  });

  it('passes over a one-word aside between the verb and "that"', () => {
    expect(found('Trade experts cautioned, however, that costs would rise.')).toEqual(['Trade experts | cautioned | anonymous']);
  });

  it('reads its bare form as a verb right after a plural subject and before "that" and its clause, not as a noun', () => {
    expect(found('Supporters counter that the rules are fair.')).toEqual(['Supporters | counter | anonymous']);
    expect(found('Trade experts caution that the deal is fragile.')).toEqual(['Trade experts | caution | anonymous']);
    expect(found('Patient advocates point out that the agency approved it.')).toEqual(['Patient advocates | point out | anonymous']);
    // (A noun after a determiner, or after a name: "a counter that tracks visits", "a Breitbart News report that …".)
    expect(found('Workers installed a counter that tracks visits.')).toEqual([]);
    expect(found('He confirmed a Breitbart News report that the plan had stalled.')).toEqual([]);
    // (A one-word aside may stand before "that", and a focus particle may open the clause's subject.)
    expect(found('Trade experts caution, however, that even a political agreement would be only the start.')).toEqual(['Trade experts | caution | anonymous']);
    expect(found('Trade experts cautioned that even a political agreement would be only the start.')).toEqual(['Trade experts | cautioned | anonymous']);
  });

  it('reads no bare form after a phrase "a" opens as its verb: the phrase\'s last noun, one thing, agrees with none', () => {
    expect(found('Another diplomat, from a Nordic member state, said the drive had changed the calculus.')).toEqual(['Another diplomat | said | anonymous']);
    expect(found('A member state said it would veto.')).toEqual(['A member state | said | anonymous']);
    // (A share or a count may be many: "Nearly a third say".)
    expect(found('Nearly a third say the economy is getting worse.')).toEqual(['Nearly a third | say | on-record']);
  });

  it('knows the American spelling of a verb WordNet spells with a doubled "l"', () => {
    expect(found('The governor’s office signaled Thursday that the bill would not survive.')).toEqual(['The governor’s office | signaled | on-record']);
  });
});

describe('a restrictive "who" between the subject and its verb', () => {
  it('reads a singular common noun right after "who" as its clause\'s verb, the subject before "who"', () => {
    expect(found('Political scientists who study election administration say deadline changes rarely affect outcomes.')).toEqual(['Political scientists | say | anonymous']);
    // (A noun of people or a plural after it is the clause's subject: "who police say", "who analysts say".)
    expect(found('Voters who analysts say will decide the race are undecided.')).toEqual(['analysts | say | anonymous']);
  });
});

describe('a named person joined to people described through them', () => {
  it('is on the record, one of them named; a pronoun or unnamed others keep the last one\'s kind', () => {
    expect(found('Cruz and his aides signaled that they were coming around.')).toEqual(['Cruz and his aides | signaled | on-record']);
    expect(found('Edwards and others said the plan would fail.')).toEqual(['Edwards and others | said | anonymous']);
  });
});

describe('people who keep company with a person', () => {
  it('are unnamed by whom they keep company with; counsel speaks for its client', () => {
    expect(found('Her neighbor said the site was empty.')).toEqual(['Her neighbor | said | anonymous']);
    expect(found('His lawyer said the verdict would be appealed.')).toEqual(['His lawyer | said | on-record']);
  });
});

describe('a demonstrative after a preposition inside the subject', () => {
  it('is a determiner of the phrase, not a clause\'s opening', () => {
    expect(found('A person with direct knowledge of that review said it was expected to conclude.')).toEqual([
      'A person with direct knowledge of that review | said | anonymous',
    ]);
    expect(found('People familiar with that plan said it would be delayed.')).toEqual(['People familiar with that plan | said | anonymous']);
  });
});

describe('"who" after a place a preposition brings in', () => {
  it('stands for the noun of people the place describes', () => {
    expect(found('A pharmacist in Raleigh who asked not to be named said shelves were empty.')).toEqual(['A pharmacist in Raleigh who | said | anonymous']);
  });
});

describe('a request for anonymity and the reason given after it, before the verb', () => {
  it('are passed over to the person who asked, whatever the reason\'s own subject and verb', () => {
    expect(found('A pharmacist in Raleigh who asked that her name be withheld because her employer prohibits staff from speaking to reporters said she had spent the day on calls.')).toEqual([
      'A pharmacist in Raleigh | said | anonymous',
    ]);
    expect(found('A pharmacist who asked not to be named because her employer prohibits it said she was busy.')).toEqual(['A pharmacist | said | anonymous']);
  });
  it('keep a verb that is the reason\'s own: after "to", or a second verb of its subject', () => {
    expect(found('Two officials spoke on condition of anonymity because they were not authorized to discuss the talks.')).toEqual([]);
    expect(found('Eleven employees were interviewed; most spoke on condition of anonymity because they had signed agreements or feared losing their severance.')).toEqual([]);
  });
});

describe('a court\'s opinion', () => {
  it('is a text that says what it holds, as a ruling is', () => {
    expect(found('The opinion points out that the merger is legal.')).toEqual(['The opinion | points out | on-record']);
    expect(found('A 2010 advisory opinion added that such gifts were allowed.')).toEqual(['A 2010 advisory opinion | added | on-record']);
  });
});

describe('a noun for a body and a person both, before "who"', () => {
  it('is the person, whom a pronoun after stands for', () => {
    expect(found('One crane operator, who has worked at the port for 22 years, said staff had been sent home. "It feels odd," he said.')).toEqual([
      'One crane operator | said | anonymous', 'he | said | anonymous',
    ]);
  });
  it('stays the body before "which"', () => {
    expect(found('The port operator, which runs three terminals, said it was hacked.')).toEqual(['The port operator | said | on-record']);
  });
});
