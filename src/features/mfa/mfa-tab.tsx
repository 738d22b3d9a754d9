// Placeholder until the MFA tab lands; kept so the user detail route can lazy-load it.
export default function MfaTab({ userName }: { userName: string }) {
  return <p>MFA of {userName} is not available in this build yet.</p>;
}
