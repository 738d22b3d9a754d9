// The mfa area's texts. Add a key here and the same key in ../ja/mfa.ts.
export default {};
