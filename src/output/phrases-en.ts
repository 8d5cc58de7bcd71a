/** English phrases of the conclusion draft (academic register, "the researcher"). Pure. */
import type { DropReason, Status } from '../model/analysis.js';
import type { Indicator } from '../model/conclusion.js';
import type { Method } from '../model/transcript.js';
import {
  capitalise, leaning, pick, soleSource, statusCounts, type Band, type CodeKind, type Fmt, type LeafView, type MethodFacts, type Phrases,
} from './phrases.js';

export const EN_STATUS: Record<Status, string> = {
  converged: 'converged', 'converged-limit': 'converged-limit', contested: 'contested', thin: 'thin', 'single-source': 'single-source', absent: 'absent',
};
const EN_DROP: Record<DropReason, [string, string]> = {
  interviewer: ['interviewer question', 'interviewer questions'],
  filler: ['short response', 'short responses'],
  greeting: ['greeting', 'greetings'],
  'no-content': ['segment without content words', 'segments without content words'],
  duplicate: ['duplicate', 'duplicates'],
};
const EN_BAND: Record<Band, string> = {
  poor: 'poor', slight: 'slight', fair: 'fair', moderate: 'moderate', substantial: 'substantial', almostPerfect: 'almost perfect',
};
const EN_METHOD_NOUN: Record<Method, [string, string]> = {
  interview: ['interview', 'interviews'], observation: ['observation', 'observations'], document: ['document', 'documents'], fgd: ['focus group discussion', 'focus group discussions'],
};
const EN_METHOD_FURTHER: Record<Method, string> = {
  interview: 'in-depth interviews', observation: 'observation', document: 'document analysis', fgd: 'focus group discussions',
};

/** `n === 1 ? one : many` */
const s = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** How the draft speaks of a code of each kind; [singular, plural] where a verb follows a count. */
interface KindWords {
  noun: string;
  yes: string;
  no: string;
  leanYes: string;
  leanNo: string;
  /** `whether the indicator is working` */
  question: string;
  sup: [string, string];
  lim: [string, string];
  action: string;
  aim(name: string): string;
}

const KIND: Record<CodeKind, KindWords> = {
  process: {
    noun: 'indicator', yes: 'is working', no: 'remains limited', leanYes: 'appears to be working', leanNo: 'appears to be limited',
    question: 'whether it is working',
    sup: ['shows it working', 'show it working'], lim: ['points to limitations', 'point to limitations'],
    action: 'follow up this limitation, for example by agreeing on the steps to take, who is responsible and by when',
    aim: (name) => `${name} works better`,
  },
  outcome: {
    noun: 'outcome', yes: 'has been achieved', no: 'has not yet been achieved', leanYes: 'appears to have been achieved', leanNo: 'appears not yet to have been achieved',
    question: 'whether it has been achieved',
    sup: ['shows it achieved', 'show it achieved'], lim: ['shows it not yet fully achieved', 'show it not yet fully achieved'],
    action: 'remove this obstacle, for example by setting measurable targets and monitoring them together',
    aim: (name) => `${name} can be achieved`,
  },
  condition: {
    noun: 'condition', yes: 'is present and helps collaboration', no: 'is present and hinders collaboration',
    leanYes: 'is present and appears to help collaboration', leanNo: 'is present and appears to hinder collaboration',
    question: 'whether this condition is present',
    sup: ['describes it as helping collaboration', 'describe it as helping collaboration'],
    lim: ['describes it as hindering collaboration', 'describe it as hindering collaboration'],
    action: 'take this condition into account in the design of the collaboration, for example by agreeing how to reduce its effect and who deals with it',
    aim: () => 'it no longer holds the collaboration back',
  },
};

/**
 * A code as the subject of a verdict: a process by its name, a condition with its kind ("the
 * condition power asymmetries is present"), an outcome with its kind unless its label already names
 * outcomes ("intermediate outcomes have been achieved").
 */
function subject(ind: Indicator, x: Fmt): string {
  if (ind.kind === 'process' || pluralOutcome(ind)) return x.name(ind.label);
  return `the ${KIND[ind.kind].noun} ${x.name(ind.label)}`;
}

const pluralOutcome = (ind: Indicator): boolean => ind.kind === 'outcome' && /outcomes\b/i.test(ind.label);

/** The verdict's verb for a plural subject: `has been` → `have been`, `appears` → `appear`. */
function agree(ind: Indicator, verdict: string): string {
  return pluralOutcome(ind) ? verdict.replace(/^has /, 'have ').replace(/^appears /, 'appear ').replace(/^is /, 'are ') : verdict;
}

function enGroupsPhrase(gs: readonly string[], x: Fmt): string {
  return `${x.num(gs.length)} stakeholder ${s(gs.length, 'group', 'groups')} (${x.groups(gs)})`;
}

const seg = (n: number): string => `${n} ${s(n, 'segment', 'segments')}`;

/** `the supporting evidence comes only from one stakeholder group (police) and ...` */
function enThinReasons(v: LeafView, x: Fmt): string {
  const parts: string[] = [];
  const side = (w: 'support' | 'limit') => (w === 'support' ? 'the supporting evidence' : 'the evidence of limitations');
  for (const r of v.thin) {
    if (r.kind === 'groups') parts.push(r.groups.length === 1
      ? `${side(r.side)} comes from only one stakeholder group (${x.groups(r.groups)})`
      : `${side(r.side)} comes from only ${x.num(r.groups.length)} stakeholder groups`);
    else if (r.kind === 'methods') parts.push(`${side(r.side)} was collected only through ${x.methods(r.methods)}`);
    else if (r.kind === 'balance') parts.push('the supporting evidence and the evidence of limitations are equal');
    else parts.push('it does not meet the triangulation criterion');
  }
  return x.list(parts);
}

function enSplit(ind: Indicator): string {
  const K = KIND[ind.kind];
  const { segments: n, support: sup, limit: l } = ind;
  if (l === 0) return n === 1 ? `This segment ${K.sup[0]}.` : `All of these segments ${K.sup[1]}.`;
  if (sup === 0) return n === 1 ? `This segment ${K.lim[0]}.` : `All of these segments ${K.lim[1]}.`;
  return `Of these, ${seg(sup)} ${K.sup[sup === 1 ? 0 : 1]} and ${seg(l)} ${K.lim[l === 1 ? 0 : 1]}.`;
}

function enStatusCount(status: Status, n: number, x: Fmt): string {
  switch (status) {
    case 'converged': return `${x.num(n)} converged across sources and methods`;
    case 'converged-limit': return `${x.num(n)} ${s(n, 'was', 'were')} confirmed as ${s(n, 'a limitation', 'limitations')} across sources and methods`;
    case 'contested': return `${x.num(n)} ${s(n, 'was', 'were')} contested`;
    case 'thin': return `${x.num(n)} ${s(n, 'rests', 'rest')} on thin evidence`;
    case 'single-source': return `${x.num(n)} ${s(n, 'rests', 'rest')} on a single source`;
    case 'absent': return `${x.num(n)} ${s(n, 'was', 'were')} absent from the data`;
  }
}

export const EN: Phrases = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  numberWords: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  and: 'and',
  thousands: ',',
  decimalMark: '.',
  others: (n, x) => `${x.num(n)} other ${s(n, 'source', 'sources')}`,
  method: { interview: 'interview', observation: 'observation', document: 'document', fgd: 'FGD' },
  sourceNoun: (n, spoken) => (spoken ? s(n, 'informant', 'informants') : s(n, 'source', 'sources')),
  lines: (single) => (single ? 'line' : 'lines'),
  heading: {
    title: 'Draft results, discussion and conclusions',
    method: 'Method of analysis',
    results: 'Results and discussion',
    conclusions: 'Conclusions',
    suggestions: 'Suggestions',
    references: 'References',
  },
  draftNote: 'This draft was generated automatically by telaah from the reduced, coded and triangulated data; the researcher must check, complete and edit all of it before use.',

  methodSection(f, x) {
    const sources = [
      `The data for this study come from ${x.num(f.sources)} ${s(f.sources, 'source', 'sources')}: ${x.list(f.byMethod.map(([m, n]) => `${x.num(n)} ${EN_METHOD_NOUN[m][n === 1 ? 0 : 1]}`))}.`,
      `In order, ${s(f.sources, 'this source is', 'these informants and sources are')} ${x.list(f.roles)}.`,
    ];
    if (f.groups.length === 1) sources.push(`All sources belong to one stakeholder group, ${x.groups(f.groups)}.`);
    else if (f.groups.length > 1) sources.push(`Together they represent ${x.num(f.groups.length)} stakeholder groups: ${x.groups(f.groups)}.`);

    const r = f.reduction;
    const analysis = [
      `The analysis follows the interactive model of Miles and Huberman (1994), with data reduction, data display, and conclusion drawing and verification, using the analytic framework *${f.frame}* with ${x.num(f.leaves)} ${s(f.leaves, 'indicator', 'indicators')}.`,
      `In data reduction, ${x.int(r.kept)} of ${x.int(r.segments)} transcript ${s(r.segments, 'segment', 'segments')} (${x.int(r.wordsAfter)} of ${x.int(r.wordsBefore)} words) were kept for analysis.`,
      f.dropped.length
        ? `The segments set aside were ${x.list(f.dropped.map(([d, n]) => `${x.int(n)} ${EN_DROP[d][n === 1 ? 0 : 1]}`))}.`
        : 'No segments were set aside.',
      enCoding(f, x),
    ];
    const c = f.coded;
    const pct = c.segments ? Math.round((100 * c.coded) / c.segments) : 0;
    analysis.push(`In total, ${x.int(c.coded)} of the ${x.int(c.segments)} kept ${s(c.segments, 'segment', 'segments')} (${pct}%) received at least one code.`);
    if (c.coders.length >= 2) analysis.push("Agreement between coders was measured with Cohen's kappa and interpreted using the bands of Landis and Koch (1977).");
    analysis.push('The coded data were then displayed in matrices of indicators by informant, stakeholder group and method.');

    const tri = [
      `The findings were checked through triangulation of sources and methods${c.coders.length >= 2 ? ', and between coders' : ''}.`,
      `An indicator is regarded as converged when its supporting evidence comes from at least ${x.num(f.minGroups)} stakeholder ${s(f.minGroups, 'group', 'groups')} and ${x.num(f.minMethods)} ${s(f.minMethods, 'method', 'methods')} of data collection and outweighs the evidence of limitations, and as converged-limit when the same holds for its evidence of limitations.`,
    ];
    if (f.methodsInData <= 1) tri.push('Because all data were collected with a single method, the method criterion was not applied.');
    else if (f.methodsInData < f.minMethods) tri.push(`Because this study used only ${x.num(f.methodsInData)} methods, the method criterion was lowered to ${x.num(f.methodsInData)}.`);
    tri.push('An indicator is contested when supporting and limiting evidence are both substantial and come from different sources, thin when the evidence comes from several sources but does not meet the triangulation criterion, single-source when it comes from one source only, and absent when there is no evidence at all.');
    tri.push('A process indicator is judged as working or limited, a starting condition as present or absent (and as helping or hindering collaboration), and an outcome as achieved or not yet achieved.');
    return [sources.join(' '), analysis.join(' '), tri.join(' ')];
  },

  parentSummary({ ind, children }, x) {
    const name = x.name(ind.label);
    const out = [`The dimension ${name} is analysed through ${x.num(children.length)} ${s(children.length, 'indicator', 'indicators')}: ${x.list(children.map((c) => x.name(c.label)))}.`];
    if (ind.status === 'absent') {
      out.push('No evidence was found for this dimension or any of its indicators.');
    } else {
      out.push(`Overall, the dimension appears in ${seg(ind.segments)} from ${x.sources(ind.informants, ind.methods)}, ${ind.support} supporting and ${ind.limit} limiting, and its triangulation status is ${EN_STATUS[ind.status]}.`);
      out.push(enChildStatuses(children, x));
    }
    out.push(s(children.length, 'The indicator is discussed below.', 'Each indicator is discussed below.'));
    return out.join(' ');
  },

  evidence(v, x) {
    const { ind } = v;
    const name = x.name(ind.label);
    const src = x.sources(ind.informants, ind.methods);
    const groups = enGroupsPhrase(ind.groups, x);
    const methods = x.methods(ind.methods);
    const opening = pick([
      `Evidence for ${name} appears in ${seg(ind.segments)} from ${src}, representing ${groups} and collected through ${methods}.`,
      `The data contain ${seg(ind.segments)} on ${name}, drawn from ${src} across ${groups} and collected through ${methods}.`,
      `In total, ${seg(ind.segments)} from ${src} ${s(ind.segments, 'relates', 'relate')} to ${name}; ${s(ind.informants, 'this source represents', 'these sources represent')} ${groups} and ${s(ind.informants, 'was', 'were')} collected through ${methods}.`,
      `Regarding ${name}, the researcher identified ${seg(ind.segments)} from ${src}, representing ${groups} and collected through ${methods}.`,
    ], v.i);
    const sentences = [opening, enSplit(ind)];
    if (ind.supportFrom.length) {
      const who = x.list(ind.supportFrom);
      sentences.push(pick([
        `Supporting evidence comes from ${who}.`,
        `Support for this ${KIND[ind.kind].noun} comes from ${who}.`,
        `The supporting evidence was provided by ${who}.`,
        `Supporting evidence was obtained from ${who}.`,
      ], v.i));
    }
    return sentences.join(' ');
  },

  provenanceNote(v, x) {
    const { ind } = v;
    if (ind.autoOnly === 0) return v.coders ? `All of this evidence was coded by hand by the researcher.` : '';
    if (ind.autoOnly === ind.segments) {
      return `All of this evidence comes from automatic coding that the researcher has not yet confirmed, so every excerpt must be checked before a conclusion on ${x.name(ind.label)} is drawn.`;
    }
    return `Of these ${seg(ind.segments)}, ${ind.autoOnly} ${s(ind.autoOnly, 'was', 'were')} coded only automatically and not yet confirmed by the researcher; the ${seg(ind.segments - ind.autoOnly)} coded by hand ${s(ind.segments - ind.autoOnly, 'is', 'are')} quoted first.`;
  },

  status(v, x) {
    const { ind } = v;
    const K = KIND[ind.kind];
    const groups = (n: number) => `${x.num(n)} stakeholder ${s(n, 'group', 'groups')}`;
    const methods = (n: number) => `${x.num(n)} ${s(n, 'method', 'methods')}`;
    switch (ind.status) {
      case 'converged': return pick([
        `The finding is therefore converged: it is triangulated across sources and methods, meeting the criterion of at least ${groups(v.minGroups)} and ${methods(v.minMethods)}.`,
        'The finding meets the triangulation criterion and can be regarded as converged across sources and methods.',
        `Because the supporting evidence comes from ${groups(ind.supportGroups.length)} and ${methods(ind.supportMethods.length)}, the finding is triangulated across sources and methods.`,
        'Mutually reinforcing evidence from different groups and methods shows that this finding converges across sources and methods.',
      ], v.i);
      case 'converged-limit': return `The evidence that ${s(ind.limit, K.lim[0], K.lim[1])} comes from ${enGroupsPhrase(ind.limitGroups, x)}, was collected through ${x.methods(ind.limitMethods)} and outweighs the supporting evidence. The finding that ${subject(ind, x)} ${agree(ind, K.no)} is therefore confirmed across sources and methods (converged-limit).`;
      case 'contested': return `The evidence on this ${K.noun} is contested: some sources ${K.sup[1]}, while others ${K.lim[1]}. The finding should therefore be discussed with care, weighing both sides of the evidence.`;
      case 'thin': return `Although the evidence comes from ${x.sources(ind.informants, ind.methods)}, it remains thin because ${enThinReasons(v, x)}, so the triangulation criterion is not met.`;
      case 'single-source': return `Because the evidence comes from a single source (${soleSource(ind)}), the finding cannot be triangulated and needs confirmation from other informants or another method of data collection.`;
      case 'absent': return '';
    }
  },

  quotesIntro: (v, n) => pick(n === 1 ? [
    'This is illustrated by the following excerpt.',
    'The following statement shows this finding.',
    'The excerpt below illustrates the finding.',
    'An example from the data is given below.',
  ] : [
    'This is illustrated by the following excerpts.',
    'The following statements show this finding.',
    'The excerpts below illustrate the finding.',
    'Examples from the data are given below.',
  ], v.i),

  limits(v, n, x) {
    const { ind } = v;
    const K = KIND[ind.kind];
    const opener = pick(['However,', 'Nevertheless,', 'At the same time,'], v.i);
    const shows = n === 1 ? 'as the following excerpt shows' : 'as the following excerpts show';
    return `${opener} the data also contain evidence to the contrary: ${seg(ind.limit)} from ${x.list(ind.limitFrom)} ${K.lim[ind.limit === 1 ? 0 : 1]}, ${shows}.`;
  },

  supportAgainst(v, n, x) {
    const { ind } = v;
    const shows = n === 1 ? 'as the following excerpt shows' : 'as the following excerpts show';
    return `Nevertheless, ${seg(ind.support)} from ${x.list(ind.supportFrom)} ${KIND[ind.kind].sup[ind.support === 1 ? 0 : 1]}, ${shows}.`;
  },

  kappa: (k, band, x) => `Agreement between the coders on this indicator was κ = ${x.decimal(k)}, which Landis and Koch (1977) class as ${EN_BAND[band]}.`,

  absent: (v, x) => v.ind.kind === 'condition'
    ? `No segment in the data describes ${x.name(v.ind.label)}, so this condition is absent: no evidence was found that it is present. This may mean that it does not exist in the research setting, or that it was not asked about or observed during data collection. The researcher should check the interview guide and field notes; if the condition was not explored, further data collection is needed.`
    : `No segment in the data relates to ${x.name(v.ind.label)}, so this ${KIND[v.ind.kind].noun} is absent: no evidence was found. This may mean that it does not occur in the field, or that it was not asked about or observed during data collection. The researcher should check the interview guide and field notes; if it was not explored, further data collection is needed.`,

  interpretation: (v, x) => `> **[Researcher's interpretation]** Relate this finding to the theory and to previous studies, and explain what it means for ${x.name(v.ind.label)} in the research setting.`,

  conclusionOpening(counts, total, x) {
    if (counts.length === 1) {
      const [status, n] = counts[0]!;
      const all = n === 1 ? 'The only indicator analysed' : n === 2 ? 'Both indicators' : `All ${x.num(n)} indicators`;
      return `${all} ${enStatusCount(status, n, x).replace(/^\S+ /, '')}. The conclusion for each indicator is as follows.`;
    }
    const parts = counts.map(([st, n]) => enStatusCount(st, n, x));
    return `Of the ${x.num(total)} indicators analysed, ${x.list(parts)}. The conclusion for each indicator is as follows.`;
  },

  conclusionItem(v, x) {
    const { ind } = v;
    const K = KIND[ind.kind];
    // `the condition power asymmetries is present`: the verb agrees with the kind, whatever the label's number
    const name = subject(ind, x);
    const Name = capitalise(name);
    const src = x.sources(ind.informants, ind.methods);
    const who = x.who(ind.limitFrom);
    const lim = K.lim[ind.limit === 1 ? 0 : 1];
    const limits = ind.limit > 0 ? pick([
      ` However, ${seg(ind.limit)} from ${who} ${lim}.`,
      ` Nevertheless, ${seg(ind.limit)} from ${who} ${lim}.`,
      ` At the same time, ${seg(ind.limit)} from ${who} ${lim}.`,
    ], v.i) : '';
    switch (ind.status) {
      case 'converged': return pick([
        `${Name} ${agree(ind, K.yes)}, a finding that converged across sources and methods (${seg(ind.segments)} from ${src}).`,
        `Triangulation of sources and methods shows that ${name} ${agree(ind, K.yes)} (${seg(ind.segments)} from ${src}).`,
        `The finding that ${name} ${agree(ind, K.yes)} converged across ${x.num(ind.supportGroups.length)} stakeholder ${s(ind.supportGroups.length, 'group', 'groups')} and ${x.num(ind.supportMethods.length)} ${s(ind.supportMethods.length, 'method', 'methods')} (${seg(ind.segments)} from ${src}).`,
      ], v.i) + limits;
      case 'converged-limit': return `${Name} ${agree(ind, K.no)}; this is confirmed across sources and methods (${ind.limit} of ${seg(ind.segments)}, from ${who}).` +
        (ind.support > 0 ? ` Nevertheless, ${seg(ind.support)} ${K.sup[ind.support === 1 ? 0 : 1]}.` : '');
      case 'contested': return ind.kind === 'condition'
        ? `${Name} is present in the data, but whether it helps or hinders collaboration is contested: ${seg(ind.support)} ${K.sup[ind.support === 1 ? 0 : 1]}, while ${seg(ind.limit)} from ${who} ${lim}.`
        : `The evidence on ${name} is contested, so it cannot yet be concluded ${K.question.replace(/^whether /, 'that ')}: ${seg(ind.support)} ${K.sup[ind.support === 1 ? 0 : 1]}, while ${seg(ind.limit)} from ${who} ${lim}.`;
      case 'thin': {
        const lean = leaning(ind);
        if (!lean) return `No firm conclusion can yet be drawn on ${name} because the evidence is thin: ${enThinReasons(v, x)}.`;
        const n = lean === 'support' ? ind.support : ind.limit;
        return `${Name} ${agree(ind, lean === 'support' ? K.leanYes : K.leanNo)} (${seg(n)} from ${x.who(lean === 'support' ? ind.supportFrom : ind.limitFrom)}), but the evidence is thin because ${enThinReasons(v, x)}.`;
      }
      case 'single-source': return `Evidence on ${name} comes from a single source only (${soleSource(ind)}), so it cannot yet be concluded ${K.question} and confirmation from other sources is needed.`;
      case 'absent': return ind.kind === 'condition'
        ? `${Name} was not found in the data: there is no evidence that this condition is present in the research setting.`
        : `No evidence of ${name} was found in the data (absent), so it cannot be concluded ${K.question}.`;
    }
  },

  suggestionIntro: 'Based on the limitations found, the following suggestions are proposed, one for each indicator that shows limitations.',
  suggestionNote: '> **[Note for the researcher]** These suggestions are a draft: check the excerpts they cite, then adjust who should act, what and where to what you found in the field.',

  suggestionItem(v, f, x) {
    const { ind } = v;
    const K = KIND[ind.kind];
    const name = x.name(ind.label);
    const said = ind.kind === 'condition'
      ? `${f.source} described ${name} as hindering collaboration: "${f.clause}" ${f.citation}.`
      : `${f.source} reported this limitation: "${f.clause}" ${f.citation}.`;
    const also = f.others.length ? ` ${capitalise(x.who(f.others))} made similar points.` : '';
    const actors = f.actors.length ? `the stakeholders involved (${x.groups(f.actors)})` : 'the stakeholders involved';
    return `**${ind.label}.** ${said}${also} ${capitalise(actors)} should ${K.action}, so that ${K.aim(name)}.`;
  },

  furtherResearch(absent, single, unused, x) {
    const parts: string[] = [];
    if (absent.length) parts.push(`${x.list(absent.map(x.name))}, for which no evidence was found in this study`);
    if (single.length) parts.push(`${x.list(single.map(x.name))}, which ${s(single.length, 'rests', 'rest')} on a single source`);
    const how = unused.length
      ? `by including informants from other stakeholder groups and additional methods such as ${x.list(unused.map((m) => EN_METHOD_FURTHER[m]))}`
      : 'by including informants from other stakeholder groups and probing further with each method';
    return `Further research should explore ${parts.join(', as well as ')}, ${how}.`;
  },

  noLimits: 'The data contain no evidence of limitations for any indicator, so practical suggestions must be formulated by the researcher from the interpretation of the findings.',
};

function enCoding(f: MethodFacts, x: Fmt): string {
  const { coders, auto, minConfidence } = f.coded;
  const who = coders.length === 1 ? `coder ${coders[0]}` : `${x.num(coders.length)} coders (${x.list(coders)})`;
  const policy = `Manual codings are treated as the primary evidence; an automatic code counts as evidence only when its confidence is at least ${minConfidence.toFixed(2)}, and every excerpt is marked with its coder: the coder's name for manual coding, or "auto" with its confidence for automatic coding.`;
  if (auto === 'on') return coders.length
    ? `Coding was done automatically from the codebook keywords and complemented by manual coding by ${who}. ${policy}`
    : `Coding was done automatically from the codebook keywords; no manual coding has confirmed it yet. ${policy}`;
  if (auto === 'suggest') return coders.length
    ? `Coding was done manually by ${who}; automatic keyword codes were offered as suggestions only and not counted.`
    : 'Automatic keyword codes were offered as suggestions only, and no manual coding has been done yet.';
  return coders.length ? `Coding was done manually by ${who}.` : 'Automatic coding was switched off and no manual coding has been done yet.';
}

function enChildStatuses(children: Indicator[], x: Fmt): string {
  const counts = statusCounts(children);
  if (children.length === 1) return `The indicator is ${EN_STATUS[children[0]!.status]}.`;
  if (counts.length === 1) return `All of its indicators are ${EN_STATUS[counts[0]![0]]}.`;
  return `Of its indicators, ${x.list(counts.map(([st, n]) => `${x.num(n)} ${s(n, 'is', 'are')} ${EN_STATUS[st]}`))}.`;
}
