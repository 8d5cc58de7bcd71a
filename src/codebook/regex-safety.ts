/**
 * A check for regexes that can backtrack catastrophically: a group that contains an unbounded
 * quantifier and is itself repeated without bound — `(a+)+`, `(\w*\s?)*`, `(?:x+y?)+`. Such a
 * pattern can take seconds or hours on one line of a transcript. Pure, linear in the pattern.
 */
export function backtrackRisk(source: string): string | undefined {
  const stack: { unbounded: boolean }[] = [{ unbounded: false }];
  let lastGroup: { unbounded: boolean } | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      lastGroup = undefined;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      lastGroup = undefined;
      continue;
    }
    if (c === '(') {
      stack.push({ unbounded: false });
      lastGroup = undefined;
      continue;
    }
    if (c === ')') {
      const g = stack.length > 1 ? stack.pop()! : { unbounded: false };
      if (g.unbounded) stack[stack.length - 1]!.unbounded = true;
      lastGroup = g;
      continue;
    }
    const unboundedQuantifier = c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(source.slice(i)));
    if (unboundedQuantifier) {
      if (lastGroup?.unbounded) return `a repeated group contains a repeat (near "${source.slice(Math.max(0, i - 12), i + 1)}")`;
      stack[stack.length - 1]!.unbounded = true;
      if (c === '{') i = source.indexOf('}', i);
      lastGroup = undefined;
      continue;
    }
    if (c !== '?') lastGroup = undefined; // `(a+)?+` is not JS syntax; `?` after a group keeps it as the atom
  }
  return undefined;
}
