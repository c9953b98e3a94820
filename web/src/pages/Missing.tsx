import { PageHeading } from '../ui/PageHeading.tsx';

export function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>
        There is no page at this address. <a href="#/">Go to the home page</a>.
      </p>
    </>
  );
}

export function NoAccess({ label }: { label: string }) {
  return (
    <>
      <PageHeading>{label}</PageHeading>
      <p>
        Your roles do not open this part of Lantern. If your work needs it, ask your agency administrator.
      </p>
    </>
  );
}
