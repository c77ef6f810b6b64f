import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/http';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles/theme.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/auth.css';
import './styles/shell.css';
import './styles/home.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // An answer from the server (401, 404, ...) will not change on a retry; a dropped connection may.
      retry: (failures, error) =>
        failures < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
