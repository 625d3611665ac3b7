// Small browser helpers; everything else is Blazor.
window.paperCatalog = {
  // "/" focuses the search box, as on most search sites, unless the user is typing somewhere.
  // Also: another page of results starts at its top. Blazor keeps the scroll position when only the query
  // string changes, which left a reader at the bottom of the next page.
  installPageHelpers() {
    // Tells people and tests alike that the page now answers clicks (the circuit is up).
    document.body.dataset.interactive = 'true';
    if (window.paperCatalogShortcut) return;
    window.paperCatalogShortcut = true;
    document.addEventListener('click', (event) => {
      // A click that opens another tab leaves this page where it is.
      const here = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (here && event.target instanceof Element && event.target.closest('#next-page, #previous-page')) {
        window.scrollTo({ top: 0 });
      }
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target;
      const typing = target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        const box = document.getElementById('search-input');
        if (box) {
          event.preventDefault();
          box.focus();
          box.select();
        }
      }
    });
  },
  // Remembered in a cookie so the first, prerendered paint already has the right theme.
  rememberTheme(dark) {
    document.cookie = `theme=${dark ? 'dark' : 'light'}; path=/; max-age=31536000; samesite=lax`;
  }
};
