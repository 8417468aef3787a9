import type { ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { sendJson } from '../sendJson';
import type { ResponseFault } from './Fault';
import { faultDefaults } from './Fault';

// What nginx answers when its upstream fails.
const badGatewayPage = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

// What a single-page app's dev server answers for a path it does not know.
const appShellPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Threadline</title></head>
<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`;

function sendHtml(res: ServerResponse, status: number, page: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) });
  res.end(page);
}

/** Answers a request with a {@link ResponseFault} instead of what it asked for. */
export function sendFaultResponse(res: ServerResponse, fault: ResponseFault): void {
  switch (fault.name) {
    case 'status-5xx': {
      const status = fault.status ?? faultDefaults.status;
      if (fault.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(fault.retryAfterSeconds));
      return sendJson(res, status, { detail: STATUS_CODES[status] ?? 'Server Error' });
    }
    case 'status-429': {
      res.setHeader('retry-after', String(fault.retryAfterSeconds ?? faultDefaults.retryAfterSeconds));
      return sendJson(res, 429, { detail: 'Too Many Requests' });
    }
    case 'status-401': {
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, { detail: 'Not authenticated' });
    }
    case 'html-error': {
      return sendHtml(res, 502, badGatewayPage);
    }
    case 'wrong-content-type': {
      return sendHtml(res, 200, appShellPage);
    }
    default: {
      fault satisfies never;
    }
  }
}
