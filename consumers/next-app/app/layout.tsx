import type { ReactNode } from 'react';
import '@threadline/ui/styles.css';
import { Providers } from './providers';

export const metadata = { title: 'Threadline in a Next.js app' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
