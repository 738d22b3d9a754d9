// The users area's texts. Add a key here and the same key in ../ja/users.ts.
export default {};
