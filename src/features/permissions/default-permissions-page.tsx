// Placeholder until the default permissions editor lands; kept so the route can lazy-load it.
export default function DefaultPermissionsPage() {
  return <p>Default permissions are not available in this build yet.</p>;
}
