// Types for myanmar-tools (Google, Apache-2.0), which ships JavaScript only: the two classes this project uses.
declare module 'myanmar-tools' {
  export class ZawgyiDetector {
    /** Probability (0..1) that the text is Zawgyi rather than Unicode; -Infinity when it has no Burmese letters. */
    getZawgyiProbability(input: string): number;
  }
  export class ZawgyiConverter {
    zawgyiToUnicode(input: string): string;
    unicodeToZawgyi(input: string): string;
  }
  const tools: { ZawgyiDetector: typeof ZawgyiDetector; ZawgyiConverter: typeof ZawgyiConverter };
  export default tools;
}
