/** The parts of a REFI-QDA (QDA-XML 1.0) codebook and project that telaah writes and reads. */

export interface RefiCode {
  guid: string;
  name: string;
  isCodable: boolean;
  description?: string;
  /** `#rrggbb` or `#rgb`. */
  color?: string;
  children: RefiCode[];
}

export interface RefiUser {
  guid: string;
  name: string;
}

export interface RefiVariable {
  guid: string;
  name: string;
}

export interface RefiCase {
  guid: string;
  name: string;
  /** Variable GUID → text value. */
  values: { variable: string; value: string }[];
  sources: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  user?: string;
  notes: string[];
}

export interface RefiSelection {
  guid: string;
  name?: string;
  /** Positions as written in the file (code points by the spec; some programs write UTF-16 units). */
  start: number;
  end: number;
  user?: string;
  codings: RefiCoding[];
  notes: string[];
}

export interface RefiTextSource {
  guid: string;
  name: string;
  description?: string;
  /** `internal://<file>` (a member of the .qdpx `sources/` folder) or an outside path. */
  plainTextPath?: string;
  /** The text itself, when the file carries it inline instead of a path. */
  plainTextContent?: string;
  user?: string;
  selections: RefiSelection[];
}

export interface RefiNote {
  guid: string;
  name: string;
  text: string;
}

export interface RefiProject {
  name: string;
  origin?: string;
  description?: string;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiTextSource[];
  notes: RefiNote[];
}

/** Every code of a tree, parents before children. */
export function flattenCodes(codes: RefiCode[]): RefiCode[] {
  return codes.flatMap((c) => [c, ...flattenCodes(c.children)]);
}
