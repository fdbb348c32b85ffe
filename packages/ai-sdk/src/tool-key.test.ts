import type { ToolDescriptor } from '@apiwire/core';
import { describe, expect, it } from 'vitest';
import { InvalidToolNameError } from './index';
import { toolKey } from './tool-key';

const descriptor = (name: string) => ({ name, server: 'stripe', id: `stripe.${name.slice(7)}` }) as ToolDescriptor;

describe('toolKey', () => {
  it('keeps the catalog name without overrides, swaps prefix and separator with them', () => {
    expect(toolKey({ descriptor: descriptor('stripe_post_customers') })).toBe('stripe_post_customers');
    expect(toolKey({ descriptor: descriptor('stripe_post_customers'), prefix: 'pay', separator: '-' })).toBe('pay-post_customers');
    expect(toolKey({ descriptor: descriptor('stripe_post_customers'), prefix: false })).toBe('post_customers');
  });

  it('shortens a name that grows past 64 characters with a stable hash, and refuses characters providers reject', () => {
    const long = descriptor('stripe_delete_customers_customer_subscriptions_subscription_exposed');
    const key = toolKey({ descriptor: long, prefix: 'acme_payments_platform' });
    expect(key).toHaveLength(64);
    expect(key).toMatch(/^acme_payments_platform_delete_customers_customer_subscrip_[a-z0-9]{6}$/);
    expect(toolKey({ descriptor: long, prefix: 'acme_payments_platform' })).toBe(key);
    expect(() => toolKey({ descriptor: descriptor('stripe_post_customers'), separator: '.' })).toThrow(InvalidToolNameError);
  });
});
