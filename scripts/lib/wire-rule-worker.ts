/** The wire-rule worker: checks one spec (see checkWireRule) in its own thread and reports the outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { SpecError } from '@apiwire/core';
import { checkWireRule } from '../../packages/core/test/conformance/check-wire-rule';

/** What the worker reports for one spec. */
export interface WireRuleResult {
  file: string;
  status: 'ok' | 'spec-error' | 'crash' | 'timeout';
  calls: number;
  skipped: number;
  failures: string[];
  message?: string;
}

async function main(): Promise<WireRuleResult> {
  const { file, samples } = workerData as { file: string; samples: number };
  try {
    const report = await checkWireRule({ spec: file, samples });
    return { file, status: 'ok', ...report };
  } catch (error) {
    const status = SpecError.isInstance(error) ? 'spec-error' : 'crash';
    return { file, status, calls: 0, skipped: 0, failures: [], message: String((error as Error).message ?? error).slice(0, 300) };
  }
}

void main().then((result) => parentPort?.postMessage(result));
