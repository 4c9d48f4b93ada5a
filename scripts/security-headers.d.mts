export declare function contentSecurityPolicy(apiOrigin?: string): string;
export declare function securityHeaders(apiOrigin?: string): Record<string, string>;
