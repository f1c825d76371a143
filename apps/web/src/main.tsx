import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from './api/apollo';
import { refresh } from './api/session';
import { AppRoutes, preloadRoute } from './app/routes';
import { LanguageProvider } from './i18n/LanguageProvider';
import './styles/app.css';

const client = createApolloClient();

// Resume the session from the refresh cookie (if any) while the first page renders.
void refresh();
// Fetch this page's code while the interface language's catalogue loads.
preloadRoute(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <LanguageProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </LanguageProvider>
    </ApolloProvider>
  </StrictMode>,
);
