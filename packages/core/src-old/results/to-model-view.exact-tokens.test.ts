import { getEncoding } from 'js-tiktoken';
import { describe, expect, it } from 'vitest';
import { toModelView, type ToolResult } from '../index';

// The exact o200k_base count (js-tiktoken, what `pnpm bench:results` counts with), against the default estimate.
const encoder = getEncoding('o200k_base');
const exactTokens = (text: string) => encoder.encode(text).length;

/** Seeded bytes, so every run sees the same keys and hashes. */
function seededBytes(seed: number): (length: number) => Buffer {
  let state = seed;
  return (length) => {
    const bytes = Buffer.alloc(length);
    for (let index = 0; index < length; index++) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      bytes[index] = state >>> 16;
    }
    return bytes;
  };
}

const bytes = seededBytes(14);
/** Pages of content whose tokens per character are far from English: what an estimate is most likely to undercount. */
const pages: Record<string, unknown[]> = {
  'base64 keys': Array.from({ length: 200 }, (_, index) => ({ id: index, key: `ssh-rsa ${bytes(270).toString('base64')}`, title: `key ${index}` })),
  'hex hashes and node ids': Array.from({ length: 200 }, (_, index) => ({
    sha: bytes(20).toString('hex'),
    node_id: `C_${bytes(15).toString('base64url')}`,
    parents: [{ sha: bytes(20).toString('hex') }],
    at: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString(),
  })),
  'numbers': Array.from({ length: 200 }, (_, index) => ({ id: 10_000_000 + index, counts: Array.from({ length: 40 }, (_, at) => (index * 7919 + at * 104_729) % 100_003) })),
  'CJK text': Array.from({ length: 200 }, (_, index) => ({ id: index, title: `第${index}号：東京都渋谷区の設定を更新しました。중국어와 한국어 텍스트를 확인합니다。` })),
  'emoji': Array.from({ length: 200 }, (_, index) => ({ id: index, reactions: '🎉🚀👍❤️😄👀✅⚠️'.repeat(4), body: `Release ${index} 🎉` })),
  'Cyrillic and accented text': Array.from({ length: 200 }, (_, index) => ({ id: index, body: `Привет мир, это тестовая строка номер ${index}. Ça été très précisé: naïve façade, über Größe. Спасибо за ваше терпение!` })),
};

describe('the default estimate keeps the view within its budget by the exact o200k count', () => {
  it.each(Object.entries(pages))('%s', async (_kind, items) => {
    const result: ToolResult = { ok: true, status: 200, contentType: 'application/json', data: items };
    for (const maxTokens of [8000, 1500]) {
      const view = await toModelView({ result, results: { maxTokens } });
      const shown = JSON.parse(view.text) as { note: string; result: unknown[] };
      expect(shown.note).toContain(`Showing ${shown.result.length} of 200 items`);
      expect(shown.result.length).toBeGreaterThan(0);
      expect(exactTokens(view.text), `${view.text.length} characters at a budget of ${maxTokens}`).toBeLessThanOrEqual(maxTokens);
      // Not cut to a sliver either: the estimate fills most of the budget.
      expect(exactTokens(view.text)).toBeGreaterThan(maxTokens * 0.7);
    }
  });
});
