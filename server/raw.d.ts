// Vite bundles a file's text with `?raw` (server/contract.ts reads the contract this way).
declare module '*?raw' {
  const text: string;
  export default text;
}
