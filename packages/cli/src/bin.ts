#!/usr/bin/env node
/** The `apiwire` executable: runs the CLI on process.argv and exits with its code. */
import { runCli } from './run-cli';

const code = await runCli({
  argv: process.argv.slice(2),
  io: {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  },
});
process.exitCode = code;
