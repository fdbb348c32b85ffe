/** Finds the TypeScript code blocks of a markdown file, so the consumer test can compile what the READMEs show. */

/** One ```ts block: its code and the line of the markdown file it starts on. */
export interface TypeScriptBlock {
  line: number;
  code: string;
}

/** The ```ts and ```typescript blocks of `markdown`, in order. */
export function typeScriptBlocks(markdown: string): TypeScriptBlock[] {
  const blocks: TypeScriptBlock[] = [];
  const lines = markdown.split('\n');
  let current: TypeScriptBlock | undefined;
  let fence = '';
  lines.forEach((text, index) => {
    if (current === undefined) {
      const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\s*$/.exec(text);
      if (open) {
        current = { line: index + 1, code: '' };
        fence = open[2];
      }
    } else if (text.trim() === fence) {
      blocks.push(current);
      current = undefined;
    } else {
      current.code += `${text}\n`;
    }
  });
  return blocks;
}
