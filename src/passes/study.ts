/**
 * The whole method over a loaded project, in memory: reduce → code → triangulate → matrices →
 * conclusions input. Pure; the CLI reads the inputs and writes what the writers make of this.
 */
import { withMinConfidence } from '../analysis/evidence.js';
import { allMatrices, type Matrix } from '../analysis/matrices.js';
import { DEFAULT_MIN_CONFIDENCE } from '../project/config.js';
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

/**
 * What the corpus-level stage needs besides the analysis; `minConfidence` (`coding.min_confidence`):
 * automatic codes below it are not evidence (default DEFAULT_MIN_CONFIDENCE).
 */
export type CorpusParams = Pick<StudyInput, 'codebook' | 'lang' | 'auto' | 'minGroups' | 'minMethods'> & { minConfidence?: number };

/** The corpus level: triangulate → matrices → conclusions, over an analysis however it was made. */
export function corpusStage(a: Analysis, input: CorpusParams): Study {
  // the evidence policy: automatic codes below min_confidence are not evidence anywhere downstream
  const minConfidence = input.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const segments = withMinConfidence(a.segments, minConfidence);
  const tri = triangulate(segments, input.codebook, { minGroups: input.minGroups, minMethods: input.minMethods }, a.coders);
  return {
    ...a,
    segments,
    triangulation: tri,
    matrices: allMatrices(segments, input.codebook, input.lang),
    conclusions: prepareConclusions(a.reduced, segments, input.codebook, tri, {
      lang: input.lang, coders: a.coders, auto: input.auto, minGroups: input.minGroups, minMethods: input.minMethods,
      minConfidence, matcher: a.matcher,
    }),
  };
}
