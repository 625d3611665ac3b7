// Small browser helpers; everything else is Blazor.
window.paperCatalog = {
  // "/" focuses the search box, as on most search sites, unless the user is typing somewhere.
  installSearchShortcut() {
    // Tells people and tests alike that the page now answers clicks (the circuit is up).
    document.body.dataset.interactive = 'true';
    if (window.paperCatalogShortcut) return;
    window.paperCatalogShortcut = true;
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
