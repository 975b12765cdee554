// Parses a text/event-stream body into UiResponse messages. Each frame is
// `data: <base64 of a UiResponse>` followed by a blank line; chunks may split
// frames (and lines) anywhere.
import { fromBinary } from '@bufbuild/protobuf';
import { base64Decode } from '@bufbuild/protobuf/wire';
import { UiResponseSchema, type UiResponse } from '../gen/mesopj/ui_pb';

/** Incremental SSE parser: feed text, get the data of each completed event. */
export class SseParser {
  private buffer = '';
  private data: string[] = [];

  /** Adds a chunk of text; returns the data of every event it completed. */
  push(chunk: string): string[] {
    this.buffer += chunk;
    const events: string[] = [];
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      let line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line === '') {
        // A blank line ends the event; events without data are ignored.
        if (this.data.length) events.push(this.data.join('\n'));
        this.data = [];
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'data') this.data.push(value);
        // "event", "id" and "retry" fields carry nothing for us.
      }
    }
    return events;
  }
}

/** Reads UiResponses from an SSE body until the stream closes. */
export async function* readUiResponses(body: ReadableStream<Uint8Array>): AsyncGenerator<UiResponse> {
  const reader = body.getReader();
  // stream: true keeps a UTF-8 sequence split across chunks intact.
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      for (const data of parser.push(decoder.decode(value, { stream: true }))) {
        yield fromBinary(UiResponseSchema, base64Decode(data.trim()));
      }
    }
  } finally {
    // Stops the download when the consumer leaves early (after StreamEnd).
    reader.cancel().catch(() => {});
  }
}
