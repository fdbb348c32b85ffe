/** A loaded API: its tools after filters, and what was lost on the way. */
import type { ToolDescriptor } from './tool-descriptor';

/** Something the loader could use only with losses: the operation (or spec location) and why. */
export interface ServerWarning {
  /** JSON pointer to where in the spec. */
  pointer: string;
  /** The operation concerned, as `METHOD /path`, when there is one. */
  operation?: string;
  /** The name of the tool concerned, when there is one. */
  tool?: string;
  message: string;
}

/** A registered API. */
export interface ApiServer {
  name: string;
  baseUrl: string;
  info: { title: string; version: string; description?: string };
  /** Tools after include/exclude, in spec order. */
  tools: ToolDescriptor[];
  /** A tool by name or id; undefined when unknown or excluded. */
  tool(nameOrId: string): ToolDescriptor | undefined;
  warnings: ServerWarning[];
}
