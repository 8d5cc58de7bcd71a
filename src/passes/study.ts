/**
 * The whole method over a loaded project, in memory: reduce → code → triangulate → matrices →
 * conclusions input. Pure; the CLI reads the inputs and writes what the writers make of this.
 */
import { allMatrices, type Matrix } from '../analysis/matrices.js';
import { triangulate, type TriangulationRow } from '../analysis/triangulate.js';
import type { ConclusionInput } from '../model/conclusion.js';
import { analyse, type Analysis, type AnalysisInput } from './pipeline.js';
import { prepareConclusions } from './conclude.js';

export interface StudyInput extends AnalysisInput {
  lang: 'id' | 'en';
  minGroups: number;
  minMethods: number;
}

export interface Study extends Analysis {
  triangulation: TriangulationRow[];
  matrices: Matrix[];
  conclusions: ConclusionInput;
}

export function study(input: StudyInput): Study {
  return corpusStage(analyse(input), input);
}

/** What the corpus-level stage needs besides the analysis. */
export type CorpusParams = Pick<StudyInput, 'codebook' | 'lang' | 'auto' | 'minGroups' | 'minMethods'>;

/** The corpus level: triangulate → matrices → conclusions, over an analysis however it was made. */
export function corpusStage(a: Analysis, input: CorpusParams): Study {
  const tri = triangulate(a.segments, input.codebook, { minGroups: input.minGroups, minMethods: input.minMethods }, a.coders);
  return {
    ...a,
    triangulation: tri,
    matrices: allMatrices(a.segments, input.codebook, input.lang),
    conclusions: prepareConclusions(a.reduced, a.segments, input.codebook, tri, {
      lang: input.lang, coders: a.coders, auto: input.auto, minGroups: input.minGroups, minMethods: input.minMethods,
    }),
  };
}
