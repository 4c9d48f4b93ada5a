/**
 * The body of every error answer, from the server and the mock alike: an RFC 9457 problem
 * (`type`, `title`, `status`, `detail`) that also carries the contract's `code` and `message`
 * (api/openapi.yaml, Error), which the client reads.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface Problem {
  type: 'about:blank';
  title: string;
  status: number;
  detail: string;
  code: string;
  message: string;
  [extra: string]: unknown;
}

export function problemBody(
  status: number,
  code: string,
  message: string,
  extra: object = {},
): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail: message,
    code,
    message,
    ...extra,
  };
}
