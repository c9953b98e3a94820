import { languageOptions, providerKindOptions, wordFor } from './labels.ts';
import { bedsWords, sexesWords, takesWords } from './providerFit.ts';
import type { Provider } from './types.ts';

/** Every provider's capacity now: free beds, the languages it works in, children or adults, the sexes it takes. */
export function ProviderCapacity({ providers, language }: { providers: Provider[]; language: string }) {
  if (providers.length === 0) return <p className="muted">No service provider is listed.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>What each provider can take now</caption>
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Free beds</th>
            <th scope="col">Languages</th>
            <th scope="col">Takes</th>
          </tr>
        </thead>
        <tbody>
          {providers.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.name}
                <div className="muted small">
                  {wordFor(providerKindOptions(), p.kind)}, {p.area}
                </div>
              </th>
              <td className="nowrap">{bedsWords(p)}</td>
              <td>
                {p.languages.map((l) => wordFor(languageOptions(), l)).join(', ') || 'Not given'}
                {p.languages.length > 0 && !p.languages.includes(language) ? (
                  <div className="muted small">Not the person’s language</div>
                ) : null}
              </td>
              <td>
                {takesWords(p)}
                <div className="muted small">{sexesWords(p.sexes)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
