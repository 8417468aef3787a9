/** The replay page (being built in this change). */
export function ReplayPage() {
  return <main className="demo-page" />;
}
