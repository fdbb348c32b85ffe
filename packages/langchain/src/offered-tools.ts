/** What one model call of the middleware's agent is offered: each tool once, deferred ones only when revealed. */
import type { ApiwireState } from './apiwire-agent-state';
import { ApiwireMetaTool } from './apiwire-meta-tool';
import { ApiwireTool } from './apiwire-tool';
import type { MiddlewareToolSet } from './middleware-tool-set';
import { ToolWiringError } from './tool-wiring-error';

/**
 * Filters the tools of a model call. The same apiwire tools may also come through the agent's `tools` (from
 * `toLangChainTools` for the same servers): a copy gives way to the middleware's own instance, `call_tool` over
 * the same tools is dropped (revealed tools are offered directly), and any other tool under an apiwire name
 * throws `ToolWiringError`. Of the deferred tools only those revealed in this thread are offered.
 */
export function offeredTools(options: { toolSet: MiddlewareToolSet; tools: readonly unknown[]; state: ApiwireState }): unknown[] {
  const { toolSet } = options;
  const revealed = toolSet.deferredNames.size === 0 ? undefined : new Set(toolSet.revealedIn(options.state));
  return options.tools.filter((tool) => {
    const name = (tool as { name?: unknown }).name;
    if (typeof name !== 'string') return true;
    const own = toolSet.ownTools.get(name);
    if (own !== undefined && tool !== own) return !isSameTool(tool, own);
    if (own === undefined && isSupersededMetaTool(tool, toolSet)) return false;
    return revealed === undefined || !toolSet.deferredNames.has(name) || revealed.has(name);
  });
}

/** True when `tool` is a copy of the middleware's `own` tool; anything else under its name is a clash. */
function isSameTool(tool: unknown, own: ApiwireTool | ApiwireMetaTool): true {
  const same =
    (tool instanceof ApiwireTool && own instanceof ApiwireTool && tool.descriptor === own.descriptor) ||
    (tool instanceof ApiwireMetaTool && own instanceof ApiwireMetaTool && tool.name === own.name);
  if (!same) throw new ToolWiringError({ toolName: own.name });
  return true;
}

/** `toLangChainTools`' `call_tool` over the same tools: the middleware offers revealed tools directly instead. */
function isSupersededMetaTool(tool: unknown, toolSet: MiddlewareToolSet): boolean {
  return (
    tool instanceof ApiwireMetaTool &&
    tool.name === 'call_tool' &&
    tool.catalog.tools.every((descriptor) => toolSet.toolsByName.get(descriptor.name) === descriptor)
  );
}
