import { describe, expect, it } from 'vitest';
import type { ToolDescriptor } from '../index';
import { describeApprovalRequest } from './describe-approval-request';

const tool = {
  name: 'files_get',
  operation: { method: 'GET', path: '/folders/{folder}/files/{name}', tags: [], deprecated: false },
} as unknown as ToolDescriptor;

describe('describeApprovalRequest', () => {
  it('fills path parameters (encoded), leaves objects and missing ones as placeholders, drops the query', () => {
    expect(describeApprovalRequest({ tool, input: { folder: 'a b/c', name: 7, q: 'x' }, baseUrl: 'https://files.test/' }).request).toEqual({
      method: 'GET',
      url: 'https://files.test/folders/a%20b%2Fc/files/7',
    });
    expect(describeApprovalRequest({ tool, input: { folder: { nested: true } } }).request.url).toBe('/folders/{folder}/files/{name}');
  });

  it('reads anything but an object as no input', () => {
    expect(describeApprovalRequest({ tool, input: ['x'] }).input).toEqual({});
    expect(describeApprovalRequest({ tool, input: null }).input).toEqual({});
  });
});
