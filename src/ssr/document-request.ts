// What the server hands the page renderer for one request for /users (server/plugins/server-render.ts), and how the
// renderer asks the API: typed here, without the DOM, so the server's code can name it too.

/** An API answer as the renderer needs it: the status and the body's text (JSON, or '' when there is none). */
export interface ApiAnswer {
  status: number;
  text: string;
}

export interface DocumentRequest {
  /** The request's Cookie header. */
  cookie: string | undefined;
  /** The path asked for, with its query. */
  url: string;
  /** Reads the built index.html: asked for only when there is a page to draw, beside the API's answers. */
  readTemplate: () => Promise<string>;
  /** Asks the server's own API (the local one, or Soracom's through the upstream proxy) a GET, with these headers. */
  ask: (path: string, headers: Record<string, string>) => Promise<ApiAnswer>;
}

/** The entry the server loads from dist-ssr/ (src/ssr/render-page.tsx). */
export interface PageRenderer {
  prepareServerRender: () => Promise<void>;
  /** The whole HTML of the page drawn for the cookie's session, or null when it cannot be (the browser draws it). */
  renderUsersDocument: (request: DocumentRequest) => Promise<string | null>;
}
