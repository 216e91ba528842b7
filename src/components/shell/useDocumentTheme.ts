import { useLayoutEffect } from 'react';
import { useMetricscope } from '../../store/state';

/**
 * Shows the page in the store's colour scheme: sets `data-theme` on <html> to the setting
 * ('system', 'light' or 'dark'), which src/styles.css reads ('system' leaves the scheme to
 * prefers-color-scheme). Before the page is painted, so a remembered dark theme never flashes light.
 */
export function useDocumentTheme(): void {
  const theme = useMetricscope((s) => s.theme);
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
