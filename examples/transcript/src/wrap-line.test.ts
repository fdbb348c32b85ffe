import { describe, expect, it } from 'vitest';
import { wrapLine } from './wrap-line';

const visible = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');

describe('wrapLine', () => {
  it('keeps a short line as it is, indented', () => {
    expect(wrapLine({ text: '→ call billing_get_health {}', indent: 2, width: 80 })).toEqual(['  → call billing_get_health {}']);
  });

  it('breaks at spaces, continuation lines two deeper, none wider than the width', () => {
    const names = Array.from({ length: 23 }, (_, index) => `billing_tool_number_${index}`);
    const lines = wrapLine({ text: `model sees 23 tools: ${names.join(', ')}`, indent: 0, width: 80 });
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines.slice(1).every((line) => /^ {2}\S/.test(line))).toBe(true);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(`model sees 23 tools: ${names.join(', ')}`);
  });

  it('cuts a word longer than the line (a 570-character JSON value) without losing a character', () => {
    const json = JSON.stringify({ data: Array.from({ length: 16 }, (_, index) => ({ id: `cus_${index}`, name: 'Acme Corp' })) });
    expect(json.length).toBeGreaterThan(500);
    const lines = wrapLine({ text: `← 200 ${json}`, indent: 4, width: 60 });
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines.slice(1).every((line) => line.startsWith('      ') && line[6] !== ' ')).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(`← 200 ${json}`.replace(/\s/g, ''));
  });

  it('does not count colour codes as width', () => {
    const text = `\x1b[1mstep 1\x1b[0m \x1b[2m${'word '.repeat(30).trim()}\x1b[0m`;
    const lines = wrapLine({ text, indent: 0, width: 40 });
    for (const line of lines) expect(visible(line).length).toBeLessThanOrEqual(40);
    expect(Math.max(...lines.map((line) => visible(line).length))).toBeGreaterThan(30);
  });
});
