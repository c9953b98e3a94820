import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startI18n } from './i18n/i18n.ts';
import { registerWorker } from './offline/worker.ts';
import './styles/fonts.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/content.css';
import './styles/tables.css';
import './styles/auth.css';
import './styles/demo.css';
import './styles/screening.css';
import './styles/intel.css';
import './styles/search.css';
import './styles/operations.css';
import './styles/plans.css';
import './styles/field.css';
import './styles/evidence.css';
import './styles/approvals.css';

registerWorker();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const element = root;
// The catalogues of the chosen language are loaded before the first render, so no screen flashes in English.
void startI18n().finally(() => {
  createRoot(element).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
