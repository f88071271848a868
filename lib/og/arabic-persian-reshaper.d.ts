/** The parts of arabic-persian-reshaper (MIT) that the social card uses; the package ships no types. */
declare module 'arabic-persian-reshaper' {
  const reshaper: {
    ArabicShaper: {
      /** Arabic letters in their contextual presentation forms (Unicode Arabic Presentation Forms-B), lam-alef joined. */
      convertArabic(text: string): string
    }
  }
  // A CommonJS module whose exports Node cannot name statically: imported whole.
  export default reshaper
}
