import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import type { SessionState } from '../types.ts';

/** Whether the server runs in demo mode; asked once per page load. */
export function useDemo(): boolean {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    api.get<SessionState>('/api/auth/session').then(
      (s) => setDemo(s.demo === true),
      () => setDemo(false),
    );
  }, []);
  return demo;
}
