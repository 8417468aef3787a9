import { useMemo, useState } from 'react';
import { useThreadlineClient } from '@threadline/headless/react';
import { DarkThemeThread } from '../gallery/DarkThemeThread';
import { DefaultThemeThread } from '../gallery/DefaultThemeThread';
import { GalleryStage } from '../gallery/GalleryStage';
import { GalleryVariant } from '../gallery/GalleryVariant';
import { createGalleryTake, galleryConnection, galleryPrompt, idleTake } from '../gallery/galleryThread';
import type { GalleryScenario, GalleryTake } from '../gallery/galleryThread';
import { gallerySources } from '../gallery/gallerySources';
import { TeletypeThread } from '../gallery/teletype/TeletypeThread';
import '../gallery/gallery.css';

/**
 * The customization gallery: one ChatKit thread from the simulator, streamed once and drawn
 * three ways (the default theme, the dark theme, and a teletype built from the hooks alone),
 * each beside its own source. All three read one store thread, so they move together.
 */
export function GalleryPage() {
  const client = useThreadlineClient();
  const [take, setTake] = useState<GalleryTake>(idleTake);
  const connection = useMemo(() => galleryConnection(window.location.origin, take.scenario), [take.scenario]);

  // Every play is a new key, so the views start empty. The message is sent from the click
  // through the shared client: the new key's hooks are not mounted yet, and they find the
  // same controller and thread when they are.
  const play = (scenario: GalleryScenario) => {
    const next = createGalleryTake(scenario);
    const controller = client.getController(next.key, galleryConnection(window.location.origin, scenario));
    setTake(next);
    // A failure is on the thread, where the stage and the views show it.
    controller.send(galleryPrompt).catch(() => undefined);
  };

  const thread = { threadKey: take.key, connection };
  return (
    <main className="demo-page gallery" data-testid="gallery-page">
      <div className="gallery-inner">
        <header className="gallery-intro">
          <div className="gallery-intro-text">
            <h2>Customization gallery</h2>
            <p>
              One ChatKit thread from the built-in simulator (a workflow, a widget and an answer with three sources), streamed
              once and drawn three ways. Each view calls <code>useThreadStream</code> with the same key, so all three read the
              same thread in the shared store and move together.
            </p>
          </div>
          <GalleryStage {...thread} scenario={take.scenario} onPlay={play} />
        </header>
        <div className="gallery-grid">
          <GalleryVariant
            name="default"
            title="Default theme"
            description={
              <>
                <code>@threadline/ui</code> parts with <code>styles.css</code>, shown light here.
              </>
            }
            sources={gallerySources.default}
          >
            {/* The default theme follows the system; forced light here so the two themes differ on a dark system too. */}
            <div data-tl-theme="light" className="gallery-light">
              <DefaultThemeThread {...thread} />
            </div>
          </GalleryVariant>
          <GalleryVariant
            name="dark"
            title="Dark theme"
            description={
              <>
                The same parts inside <code>data-tl-theme="dark"</code>.
              </>
            }
            sources={gallerySources.dark}
          >
            <DarkThemeThread {...thread} />
          </GalleryVariant>
          <GalleryVariant
            name="teletype"
            title="Teletype, from the hooks"
            description={
              <>
                Only <code>useThreadStream</code>, plain JSX and its own CSS; no <code>@threadline/ui</code>.
              </>
            }
            sources={gallerySources.teletype}
          >
            <TeletypeThread {...thread} />
          </GalleryVariant>
        </div>
      </div>
    </main>
  );
}
