/** The gallery page (being built in this change). */
export function GalleryPage() {
  return <main className="demo-page" />;
}
