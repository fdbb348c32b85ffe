/** The chat: which model and API are behind it, the conversation with every tool call, and a box to write in. */
import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, isToolUIPart, lastAssistantMessageIsCompleteWithApprovalResponses } from 'ai';
import { useEffect, useState } from 'react';
import { ToolCall } from './tool-call';

/** What GET /api/info says about the server. */
interface ServerInfo {
  model: string;
  scripted: boolean;
  api: { title: string; url: string; tools: number; deferred: number; gated: number };
}

const suggestion =
  'Acme Corp asked us to refund their onboarding payment. Find the customer and the payment, refund it, ' +
  "and show me this year's revenue by month.";

// After the last Approve / Deny of a turn, useChat posts the conversation again and the server carries on.
const transport = new DefaultChatTransport({ api: '/api/chat' });

/** The whole page. */
export function Chat() {
  const [info, setInfo] = useState<ServerInfo>();
  const [input, setInput] = useState(suggestion);
  const { messages, sendMessage, addToolApprovalResponse, status, error } = useChat({
    transport,
    sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
  });
  useEffect(() => {
    void fetch('/api/info').then(async (response) => setInfo((await response.json()) as ServerInfo));
  }, []);
  const busy = status === 'submitted' || status === 'streaming';

  return (
    <main>
      <header>
        <h1>apiwire web chat</h1>
        {info && (
          <p>
            {info.api.title} at <code>{info.api.url}</code>: {info.api.tools} tools ({info.api.deferred} deferred
            behind <code>search_tools</code>, {info.api.gated} need approval; admin operations excluded).
          </p>
        )}
        {info?.scripted && (
          <p className="notice scripted">
            Scripted model: no OPENAI_API_KEY or ANTHROPIC_API_KEY is set, so the model's turns are played from a
            script. The tools, HTTP requests, search and approvals are real.
          </p>
        )}
        {info && !info.scripted && <p className="notice">The model is {info.model}.</p>}
      </header>
      {messages.map((message) => (
        <section key={message.id} className={`message ${message.role}`}>
          <h2>{message.role === 'user' ? 'You' : 'Agent'}</h2>
          {message.parts.map((part, index) =>
            part.type === 'text' ? (
              <p key={index}>{part.text}</p>
            ) : isToolUIPart(part) ? (
              <ToolCall
                key={part.toolCallId}
                part={part}
                onAnswer={(approved) =>
                  part.approval &&
                  addToolApprovalResponse({
                    id: part.approval.id,
                    approved,
                    ...(approved ? {} : { reason: 'Denied by the user in the web chat.' }),
                  })
                }
              />
            ) : null,
          )}
        </section>
      ))}
      {error && <p className="error">{error.message}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!input.trim() || busy) return;
          void sendMessage({ text: input });
          setInput('');
        }}
      >
        <textarea aria-label="Message" value={input} rows={3} onChange={(event) => setInput(event.target.value)} />
        <button type="submit" disabled={busy || !input.trim()}>
          {busy ? 'Working…' : 'Send'}
        </button>
      </form>
    </main>
  );
}
