import type { PageId } from '@/lib/api/schemas';

/** Routes are a public contract (PRODUCT.md): tests and bookmarks depend on them. */
export const paths = {
  login: '/login',
  overview: '/overview',
  dataDam: '/data-dam',
  aiX: '/ai-x',
  mec: '/mec',
  doctorAnswer: '/doctor-answer',
  kCyber: '/k-cyber',
  /** Not in PRODUCT.md's table: the facts the release files outside the five flagships. */
  talentPolicy: '/talent-policy',
  briefing: '/briefing',
  audit: '/admin/audit',
  data: '/admin/data',
  /** Not in PRODUCT.md's table: the server's security log and account unlocking (admin). */
  security: '/admin/security',
} as const;

export const pagePath: Record<PageId, string> = {
  overview: paths.overview,
  'data-dam': paths.dataDam,
  'ai-x': paths.aiX,
  mec: paths.mec,
  'doctor-answer': paths.doctorAnswer,
  'k-cyber': paths.kCyber,
  'talent-policy': paths.talentPolicy,
};

/** A path with a query string as wouter's `useSearch` gives it (no `?`, possibly empty). */
export const withSearch = (path: string, search: string) => (search ? `${path}?${search}` : path);

/** Pages in navigation order (the order of pagePath). */
export const pageOrder = Object.keys(pagePath) as PageId[];

/** The dashboard page a path shows, if it is one. */
export const pageIdAt = (pathname: string): PageId | undefined =>
  pageOrder.find((id) => pagePath[id] === pathname);
