// Placeholder until the permission editor lands; kept so the user detail route can lazy-load it.
export default function UserPermissionsTab({ userName }: { userName: string }) {
  return <p>Permissions of {userName} are not available in this build yet.</p>;
}
