// The authKeys area's texts. Add a key here and the same key in ../ja/auth-keys.ts.
export default {};
