import { PageNav } from './components/PageNav';
import { BackendPage } from './pages/BackendPage';
import { GalleryPage } from './pages/GalleryPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { ReplayPage } from './pages/ReplayPage';
import { usePage } from './usePage';
import type { DemoPage } from './usePage';

/**
 * The demo: a playground on the built-in simulator, a replay of recorded streams, a page for
 * your own backend and a customization gallery. The playground stays mounted while another
 * page shows, so its threads survive a visit elsewhere.
 */
export function App() {
  const page = usePage();
  return (
    <div className="demo">
      <header className="demo-header">
        <div className="demo-brand">
          <span className="demo-logo" aria-hidden="true" />
          <h1>Threadline</h1>
        </div>
        <PageNav current={page} />
      </header>
      <div className="demo-page-slot" hidden={page !== 'playground'}>
        <PlaygroundPage />
      </div>
      {page === 'playground' ? null : <OtherPage page={page} />}
    </div>
  );
}

function OtherPage({ page }: { page: Exclude<DemoPage, 'playground'> }) {
  switch (page) {
    case 'replay': {
      return <ReplayPage />;
    }
    case 'backend': {
      return <BackendPage />;
    }
    case 'gallery': {
      return <GalleryPage />;
    }
    default: {
      page satisfies never;
      return null;
    }
  }
}
