import type { IncomingMessage, ServerResponse } from "node:http";
import type { NetworkWording } from "./faults";
import { readBody } from "../odata/httpIo";

/**
 * Tells the host page's webAPI adapter how to word the failure (it cannot tell otherwise: the browser only sees a
 * broken connection). Only the workbench's own page reads it; the control never sees headers.
 */
export const NETWORK_WORDING_HEADER = "X-Workbench-Network-Wording";

/** The start of a collection answer: what a client has received when the connection drops mid-response. */
const RECEIVED_PART = '{"@odata.context":"';
/** The length the headers promise, far more than is ever sent. */
const PROMISED_LENGTH = 4096;

/**
 * Fails a request the way a dropped connection does, so that a real browser sees it. Closing the socket
 * before any answer is not enough: Chromium silently resends a request whose reused connection closed
 * without a reply, and the retry succeeds. Once a response has started it never resends, so this answers
 * with headers promising a longer body than it writes, writes part of it, then closes the connection.
 */
export async function dropConnectionMidResponse(req: IncomingMessage, res: ServerResponse, wording: NetworkWording): Promise<void> {
  // An unread request body would turn the close into a reset, which can discard the part already sent.
  await readBody(req);
  res.writeHead(200, {
    "OData-Version": "4.0",
    "Content-Type": "application/json; odata.metadata=minimal",
    "Content-Length": String(PROMISED_LENGTH),
    [NETWORK_WORDING_HEADER]: wording,
  });
  await new Promise<void>((resolve) => {
    res.once("close", resolve);
    res.write(RECEIVED_PART, () => resolve());
  });
  res.socket?.destroy();
}
