/** `pnpm bench`: runs every benchmark script in turn and writes docs/benchmarks.md. */
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { repositoryRoot } from './lib/shared-dir';

interface Benchmark {
  title: string;
  command: string;
  load: () => Promise<{ run: () => Promise<string> }>;
}

const benchmarks: Benchmark[] = [
  { title: 'Load speed', command: 'pnpm bench:load', load: () => import('./bench-load') },
  { title: 'Import time', command: 'pnpm bench:import', load: () => import('./bench-import') },
  { title: 'Invoke overhead', command: 'pnpm bench:invoke', load: () => import('./bench-invoke') },
  { title: 'Search recall and token savings', command: 'pnpm bench:search', load: () => import('./bench-search') },
  { title: 'Tool results the model reads', command: 'pnpm bench:results', load: () => import('./bench-results') },
];

async function main(): Promise<void> {
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}/${process.arch}`;
  const date = new Date().toISOString().slice(0, 10);
  const sections: string[] = [
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` on ${date}. Machine: ${machine}.`,
    'Every figure below comes from one run of the command named in its section; peers run in the same process.',
    '',
  ];
  for (const benchmark of benchmarks) {
    process.stderr.write(`running ${benchmark.command} …\n`);
    const module = await benchmark.load();
    const section = await module.run();
    sections.push(`## ${benchmark.title}`, '', `Command: \`${benchmark.command}\``, '', section.trim(), '');
  }
  const path = resolve(repositoryRoot, 'docs', 'benchmarks.md');
  await writeFile(path, sections.join('\n'));
  process.stdout.write(`${sections.join('\n')}\nwritten to ${path}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
