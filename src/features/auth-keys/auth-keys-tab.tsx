// Placeholder until the AuthKeys tab lands; kept so the user detail route can lazy-load it.
export default function AuthKeysTab({ userName }: { userName: string }) {
  return <p>AuthKeys of {userName} are not available in this build yet.</p>;
}
