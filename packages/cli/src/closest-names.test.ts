import { describe, expect, it } from 'vitest';
import { closestNames } from './closest-names';

describe('closestNames', () => {
  it('suggests the nearest names by edit distance, nothing far away', () => {
    const candidates = ['billing_get_invoice', 'billing_get_customer', 'billing_list_invoices', 'billing_get_health'];
    expect(closestNames({ name: 'billing_get_invoce', candidates })).toEqual(['billing_get_invoice']);
    expect(closestNames({ name: 'BILLING_GET_HEALTH', candidates })[0]).toBe('billing_get_health');
    expect(closestNames({ name: 'refund', candidates })).toEqual([]);
  });
});
