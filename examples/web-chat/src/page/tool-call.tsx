/** One tool call: its input, the HTTP request apiwire sent and the result, what a search revealed, approval buttons. */
import type { ToolResult } from '@apiwire/core';
import { getToolName, type DynamicToolUIPart, type ToolUIPart } from 'ai';

/** The props of `ToolCall`: the tool part of a UI message, and what Approve / Deny do. */
export interface ToolCallProps {
  part: ToolUIPart | DynamicToolUIPart;
  onAnswer: (approved: boolean) => void;
}

const shorten = (value: unknown, limit = 400) => {
  const text = JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters)` : text;
};

/** A card for one tool call, following its state from input to result (or denial). */
export function ToolCall({ part, onAnswer }: ToolCallProps) {
  const metadata = part.toolMetadata as { method?: string; path?: string } | undefined;
  const output = part.state === 'output-available' ? (part.output as object | null) : undefined;
  // apiwire tools give a ToolResult; `search_tools` gives the tools it found, which are offered from the next step.
  const result = output && 'ok' in output ? (output as ToolResult) : undefined;
  const revealed = output && 'tools' in output ? (output.tools as Array<{ name: string }>) : undefined;
  return (
    <div className={`tool ${part.state}`} data-tool={getToolName(part)}>
      <div className="tool-head">
        <code>{getToolName(part)}</code>
        {metadata?.method && <span className="http">{`${metadata.method} ${metadata.path}`}</span>}
        {part.state === 'output-available' && part.approval?.approved && <span className="approved">approved by you</span>}
      </div>
      <pre className="input">{shorten(part.input)}</pre>
      {part.state === 'approval-requested' && (
        <div className="approval">
          <span>This call changes data and waits for you.</span>
          <button type="button" onClick={() => onAnswer(true)}>
            Approve
          </button>
          <button type="button" onClick={() => onAnswer(false)}>
            Deny
          </button>
        </div>
      )}
      {part.state === 'approval-responded' && <p>{part.approval.approved ? 'Approved: sending…' : 'Denied.'}</p>}
      {part.state === 'output-denied' && (
        <p className="denied">Denied, nothing was sent. {part.approval.reason}</p>
      )}
      {part.state === 'output-error' && <p className="failed">{part.errorText}</p>}
      {revealed && (
        <p className="revealed">
          search revealed: {revealed.map((tool) => tool.name).join(', ') || 'nothing'}
        </p>
      )}
      {result?.request && (
        <p className="request">
          HTTP {result.request.method} {result.request.url} → {result.status} {!result.ok && result.error.kind}
        </p>
      )}
      {result && <pre className="output">{shorten(result.ok ? result.data : result.error)}</pre>}
    </div>
  );
}
