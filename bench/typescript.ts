/**
 * How a child Node.js runs the TypeScript sources: by itself where it strips types (Node.js 22.18 and newer), else
 * through tsx's loader, which costs about 0.4 s a start.
 */
export const TYPESCRIPT: string[] = process.features.typescript ? [] : ['--import', 'tsx'];
