import { parseSync, Visitor, type ESTree } from 'vite';

/** The longest function in a file: its length in characters of source, and where it starts. */
export interface LongestFunction {
  chars: number;
  start: number;
}

/**
 * The longest function (declaration, expression or arrow) in a built JS file, nested ones
 * included. The browser compiles a module's top level while the file downloads, off the main
 * thread, but a function's body only when the function is first called, on the main thread and in
 * one go: a function this long is one long task (docs/performance.md, "React DOM as an ES module").
 */
export function longestFunction(code: string, fileName: string): LongestFunction | undefined {
  const { program, errors } = parseSync(fileName, code, { sourceType: 'module' });
  if (errors.length > 0) throw new Error(`${fileName}: ${errors[0]?.message}`);
  let longest: LongestFunction | undefined;
  const measure = (node: ESTree.Function | ESTree.ArrowFunctionExpression) => {
    const chars = node.end - node.start;
    if (!longest || chars > longest.chars) longest = { chars, start: node.start };
  };
  new Visitor({
    FunctionDeclaration: measure,
    FunctionExpression: measure,
    ArrowFunctionExpression: measure,
  }).visit(program);
  return longest;
}
