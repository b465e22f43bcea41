/**
 * The two line-breaking packages ship without type definitions; only what
 * this folder uses is declared here.
 */
declare module 'linebreak' {
  interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}

interface HyphenPatterns {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

/** CommonJS: from an ES module only the default import works. */
declare module 'hyphen/nb/index.js' {
  const hyphen: HyphenPatterns;
  export default hyphen;
}

declare module 'hyphen/nn/index.js' {
  const hyphen: HyphenPatterns;
  export default hyphen;
}
