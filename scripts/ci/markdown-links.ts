/** Finds links in the repository's markdown that point nowhere: a missing file, or a `#heading` that is not there. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One link that does not resolve: where it is and why. */
export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  problem: string;
}

const skippedFolders = new Set(['node_modules', 'dist', '.git', '.turbo', '.cache', 'coverage']);

/**
 * Checks every relative link and anchor of every markdown file under `root` (links to http(s), mailto and other
 * schemes are not followed: CI has no network). Anchors follow GitHub's heading slugs. Code is skipped.
 */
export function brokenMarkdownLinks(options: { root: string }): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of markdownFiles(options.root)) {
    const text = readFileSync(file, 'utf8');
    for (const link of linksOf(text)) {
      const problem = checkLink({ file, target: link.target });
      if (problem) broken.push({ file: relative(options.root, file), line: link.line, target: link.target, problem });
    }
  }
  return broken;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (skippedFolders.has(name)) return [];
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

function linksOf(text: string): Array<{ line: number; target: string }> {
  const links: Array<{ line: number; target: string }> = [];
  let inFence = false;
  text.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ line: index + 1, target: match[1] });
    const reference = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(prose);
    if (reference) links.push({ line: index + 1, target: reference[1] });
  });
  return links;
}

function checkLink(options: { file: string; target: string }): string | undefined {
  const { file, target } = options;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  const [pathPart, anchor] = target.split('#', 2);
  const path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
  if (!existsSync(path)) return 'no such file';
  if (anchor === undefined || anchor === '' || !path.endsWith('.md')) return undefined;
  return headingSlugs(readFileSync(path, 'utf8')).has(anchor.toLowerCase()) ? undefined : `no heading #${anchor}`;
}

/** GitHub's anchors for a markdown file's headings: lowercased, punctuation dropped, spaces to dashes, -1, -2 for repeats. */
export function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  const counts = new Map<string, number>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const seen = counts.get(base) ?? 0;
    counts.set(base, seen + 1);
    slugs.add(seen === 0 ? base : `${base}-${seen}`);
  }
  return slugs;
}
