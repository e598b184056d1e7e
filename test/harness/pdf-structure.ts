import { spawnSync } from 'node:child_process';

/** One element of a tagged PDF's structure tree, as poppler prints it. */
export type StructNode = {
  readonly type: string;
  /** The text inside it, in reading order, spaces made single. */
  text: string;
  readonly attributes: string[];
  readonly children: StructNode[];
};

/**
 * The structure tree of a tagged PDF, read from `pdfinfo -struct-text` (poppler), which prints
 * one element, attribute or quoted run of text per line, nested by indentation. Poppler
 * complains on stderr of element types newer than it knows (PDF 2.0's Strong); those complaints
 * are not the document's fault and are left out.
 */
export function pdfStructure(file: string): StructNode {
  const run = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdfinfo -struct-text failed: ${run.stderr}`);
  const root: StructNode = { type: '(root)', text: '', attributes: [], children: [] };
  const stack: Array<{ indent: number; node: StructNode }> = [{ indent: -1, node: root }];
  for (const line of run.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    while (stack.length > 1 && (stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
    const parent = stack.at(-1)?.node ?? root;
    if (content.startsWith('"')) {
      // Text belongs to every element it sits in.
      const text = content.slice(1, content.endsWith('"') ? -1 : undefined);
      for (const { node } of stack) node.text = `${node.text} ${text}`.replace(/\s+/g, ' ').trim();
    } else if (content.startsWith('/')) {
      parent.attributes.push(content);
    } else {
      const node: StructNode = { type: content.split(/[\s<:]/)[0] ?? content, text: '', attributes: [], children: [] };
      parent.children.push(node);
      stack.push({ indent, node });
    }
  }
  return root;
}

/** Every element of the given type, depth first. */
export function structAll(node: StructNode, type: string): StructNode[] {
  return [...(node.type === type ? [node] : []), ...node.children.flatMap((child) => structAll(child, type))];
}
