/** The backend page (being built in this change). */
export function BackendPage() {
  return <main className="demo-page" />;
}
