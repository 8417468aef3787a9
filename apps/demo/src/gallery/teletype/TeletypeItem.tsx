import { memo } from 'react';
import type { MessageItem, ThreadItem, ToolCallItem, WidgetItem, WorkflowItem } from '@threadline/headless';
import { placeFootnotes } from './placeFootnotes';
import { widgetLines } from './widgetLines';

type ItemState = ThreadItem['status'] | 'pending' | 'loading' | 'none';

// A boot-log column: short, fixed-width tags, each with its word for screen readers.
const tags: Record<ItemState, { tag: string; word: string }> = {
  complete: { tag: ' ok ', word: 'done' },
  in_progress: { tag: ' .. ', word: 'in progress' },
  loading: { tag: ' .. ', word: 'in progress' },
  pending: { tag: '    ', word: 'waiting' },
  none: { tag: ' -- ', word: 'note' },
  requires_action: { tag: 'wait', word: 'waiting for you' },
  failed: { tag: 'fail', word: 'failed' },
  error: { tag: 'fail', word: 'failed' },
  cancelled: { tag: 'stop', word: 'stopped' },
  incomplete: { tag: 'part', word: 'cut short' },
};

function Tag({ state }: { state: ItemState }) {
  const { tag, word } = tags[state];
  return (
    <span className="tty-tag" data-state={state}>
      <span aria-hidden="true">[{tag}]</span>
      <span className="tty-sr">{word}:</span>
    </span>
  );
}

function Message({ item }: { item: MessageItem }) {
  const text = item.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
  const attachments = item.parts.filter((part) => part.type !== 'text');
  if (item.role === 'user') {
    return (
      <p className="tty-user">
        <span className="tty-prompt" aria-hidden="true">$</span>
        <span className="tty-sr">You: </span>
        {text}
      </p>
    );
  }
  const { runs, footnotes } = placeFootnotes(text, item.citations);
  return (
    <article className="tty-answer" data-state={item.status} aria-busy={item.status === 'in_progress'}>
      <p className="tty-answer-text">
        {runs.map((run, index) => (
          <span key={index}>
            {run.text}
            {run.numbers.map((number) => (
              <sup key={number} className="tty-ref">
                <span className="tty-sr">source </span>[{number}]
              </sup>
            ))}
          </span>
        ))}
        {item.status === 'in_progress' ? <span className="tty-cursor" aria-hidden="true" /> : null}
      </p>
      {attachments.map((part, index) => (
        <p key={index} className="tty-dim">
          [{part.type} {part.type === 'artifact' ? part.artifactId : part.fileId}]
        </p>
      ))}
      {item.status === 'complete' || item.status === 'in_progress' ? null : <Tag state={item.status} />}
      {footnotes.length > 0 ? (
        <ol className="tty-footnotes" aria-label="Sources">
          {footnotes.map((footnote) => (
            <li key={footnote.number} value={footnote.number}>
              {footnote.href ? (
                <a href={footnote.href} target="_blank" rel="noreferrer noopener">
                  {footnote.title}
                </a>
              ) : (
                footnote.title
              )}
              {footnote.source ? <span className="tty-dim"> — {footnote.source}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </article>
  );
}

function ToolCall({ item }: { item: ToolCallItem }) {
  return (
    <div className="tty-tool" aria-busy={item.status === 'in_progress'}>
      <p className="tty-line">
        <Tag state={item.status} />
        <span className="tty-name">{item.name}</span>
        <code className="tty-args" title={item.arguments}>({item.arguments})</code>
      </p>
      {item.result ? (
        <p className="tty-result" title={item.result}>
          <span aria-hidden="true">→ </span>
          {item.result}
        </p>
      ) : null}
    </div>
  );
}

function Workflow({ item }: { item: WorkflowItem }) {
  return (
    <div className="tty-workflow" aria-busy={item.status === 'in_progress'}>
      <p className="tty-line">
        <Tag state={item.status} />
        <span className="tty-name">{item.summary ?? 'workflow'}</span>
        <span className="tty-dim">
          {item.tasks.length} {item.tasks.length === 1 ? 'task' : 'tasks'}
          {item.durationSeconds !== null ? `, ${item.durationSeconds}s` : ''}
        </span>
      </p>
      <ul className="tty-tasks">
        {item.tasks.map((task, index) => (
          <li key={index}>
            <p className="tty-line">
              <Tag state={task.status} />
              <span>{task.title ?? task.kind}</span>
            </p>
            {task.content ? <p className="tty-dim tty-indent">{task.content}</p> : null}
            {task.sources.length > 0 ? (
              <p className="tty-dim tty-indent">read {task.sources.map((source) => source.source ?? source.title ?? source.url).join(', ')}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Widget({ item }: { item: WidgetItem }) {
  return (
    <figure className="tty-widget" aria-busy={item.status === 'in_progress'}>
      {widgetLines(item.root).map((line, index) => {
        switch (line.kind) {
          case 'title': {
            return <figcaption key={index} className="tty-widget-title">{line.text}</figcaption>;
          }
          case 'text': {
            return <p key={index}>{line.text}</p>;
          }
          case 'rule': {
            return <hr key={index} />;
          }
          case 'row': {
            return (
              <p key={index} className="tty-widget-row">
                {line.cells.map((cell, cellIndex) => (
                  <span key={cellIndex}>{cell}</span>
                ))}
              </p>
            );
          }
          default: {
            line satisfies never;
            return null;
          }
        }
      })}
    </figure>
  );
}

/** One thread item as the teletype prints it; memoized, since a settled item keeps its identity. */
export const TeletypeItem = memo(function TeletypeItem({ item }: { item: ThreadItem }) {
  switch (item.kind) {
    case 'message': {
      return <Message item={item} />;
    }
    case 'tool_call': {
      return <ToolCall item={item} />;
    }
    case 'reasoning': {
      return (
        <p className="tty-reasoning">
          <span aria-hidden="true"># </span>
          <span className="tty-sr">{item.variant}: </span>
          {item.text}
        </p>
      );
    }
    case 'workflow': {
      return <Workflow item={item} />;
    }
    case 'widget': {
      return <Widget item={item} />;
    }
    default: {
      item satisfies never;
      return null;
    }
  }
});
