// The permissions area's texts. Add a key here and the same key in ../ja/permissions.ts.
export default {};
