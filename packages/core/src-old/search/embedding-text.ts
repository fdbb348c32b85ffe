/** What is embedded for a tool: its name, summary, method and path, and the start of its description. */
import type { ToolDescriptor } from '../tool-descriptor';

/** Past this many characters the description is cut: the opening says what an operation does. */
const descriptionLimit = 600;

/** `list_invoices: List invoices. GET /invoices. Returns the invoices of…` (the name without its server prefix). */
export function embeddingText(tool: ToolDescriptor): string {
  const prefix = `${tool.server}_`;
  const name = tool.name.startsWith(prefix) ? tool.name.slice(prefix.length) : tool.name;
  const summary = tool.operation.summary ?? '';
  const rest = summary !== '' && tool.description.startsWith(summary) ? tool.description.slice(summary.length) : tool.description;
  const description = rest.trim().slice(0, descriptionLimit);
  return [`${name.replace(/_/g, ' ')}: ${summary}`.trim(), `${tool.operation.method} ${tool.operation.path}`, description]
    .filter((part) => part !== '')
    .join('\n');
}
