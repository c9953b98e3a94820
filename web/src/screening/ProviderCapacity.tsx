import { useTranslation } from 'react-i18next';
import { TableWrap } from '../ui/TableWrap.tsx';
import { languageOptions, providerKindOptions, wordFor } from './labels.ts';
import { bedsWords, listWords, sexesWords, takesWords } from './providerFit.ts';
import type { Provider } from './types.ts';

/** Every provider's capacity now: free beds, the languages it works in, children or adults, the sexes it takes. */
export function ProviderCapacity({ providers, language }: { providers: Provider[]; language: string }) {
  const { t } = useTranslation('screening');
  if (providers.length === 0) return <p className="muted">{t('capacity.none')}</p>;
  return (
    <TableWrap>
      <table>
        <caption>{t('capacity.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capacity.provider')}</th>
            <th scope="col">{t('capacity.freeBeds')}</th>
            <th scope="col">{t('capacity.languages')}</th>
            <th scope="col">{t('capacity.takes')}</th>
          </tr>
        </thead>
        <tbody>
          {providers.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.name}
                <div className="muted small">
                  {t('capacity.kindArea', { kind: wordFor(providerKindOptions(), p.kind), area: p.area })}
                </div>
              </th>
              <td className="nowrap">{bedsWords(t, p)}</td>
              <td>
                {listWords(
                  t,
                  p.languages.map((l) => wordFor(languageOptions(), l)),
                ) || t('fit.notGiven')}
                {p.languages.length > 0 && !p.languages.includes(language) ? (
                  <div className="muted small">{t('capacity.notTheirLanguage')}</div>
                ) : null}
              </td>
              <td>
                {takesWords(t, p)}
                <div className="muted small">{sexesWords(t, p.sexes)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
