import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatInputIssues } from './format-input-issues';
import { inputIssuesFromZod, type ZodIssueLike } from './input-issues-from-zod';

describe('inputIssuesFromZod and formatInputIssues', () => {
  it('names each field; an absent value reads required, a wrong one keeps zod’s message', () => {
    const schema = z.object({ contactId: z.string(), amount: z.number().min(1), items: z.array(z.object({ price: z.number() })) });
    const input = { amount: 0, items: [{ price: 'ten' }] };
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    const issues = inputIssuesFromZod({ issues: parsed.error!.issues as readonly ZodIssueLike[], input });
    expect(issues).toEqual([
      { path: 'contactId', message: 'required' },
      { path: 'amount', message: 'Too small: expected number to be >=1' },
      { path: 'items.0.price', message: 'Invalid input: expected number, received string' },
    ]);
    expect(formatInputIssues(issues)).toBe(
      'contactId: required; amount: Too small: expected number to be >=1; items.0.price: Invalid input: expected number, received string',
    );
  });

  it('writes an issue of the whole input as its message alone', () => {
    const parsed = z.object({}).safeParse('text');
    const issues = inputIssuesFromZod({ issues: parsed.error!.issues as readonly ZodIssueLike[], input: 'text' });
    expect(issues).toEqual([{ path: '', message: 'Invalid input: expected object, received string' }]);
    expect(formatInputIssues(issues)).toBe('Invalid input: expected object, received string');
  });
});
