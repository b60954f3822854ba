/**
 * How the widget leaves the page for VNeID. An object rather than a bare call so tests (and
 * stories) can replace `assign` instead of navigating the test page away.
 */
export const navigation = {
  assign(url: string): void {
    window.location.assign(url);
  },
};
