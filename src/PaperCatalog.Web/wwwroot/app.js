// Small browser helpers; everything else is Blazor.
window.paperCatalog = {
  // "/" focuses the search box, as on most search sites, unless the user is typing somewhere.
  // Also: another page of results starts at its top. Blazor keeps the scroll position when only the query
  // string changes, which left a reader at the bottom of the next page.
  installPageHelpers() {
    // Tells people and tests alike that the page now answers clicks (the circuit is up).
    document.body.dataset.interactive = 'true';
    this.installScrollMemory();
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
  // Back (or forward) to a list returns to where the reader was. The browser restores the position as the history
  // entry changes, when Blazor has not yet rendered the list again, so the page is too short and the position is
  // lost; this keeps each address's position and scrolls to it once the list of that address is rendered (the
  // papers page marks its list with the view it shows, data-view) and the page is tall enough. While it restores,
  // <html> carries data-restoring-scroll.
  installScrollMemory() {
    if (window.paperCatalogScrollMemory) return;
    window.paperCatalogScrollMemory = true;
    const key = () => 'scroll:' + location.pathname + location.search;
    const shownList = () => document.querySelector('[data-view]');
    const root = document.documentElement;
    let restoring = false;
    let pending = false;
    let generation = 0;
    window.addEventListener('scroll', () => {
      if (restoring || pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (!restoring) sessionStorage.setItem(key(), String(Math.round(window.scrollY)));
      });
    }, { passive: true });
    // The reader's own scrolling ends a restore at once.
    const stop = () => {
      restoring = false;
      delete root.dataset.restoringScroll;
    };
    for (const input of ['wheel', 'touchstart', 'keydown', 'mousedown']) {
      window.addEventListener(input, () => { if (restoring) { generation++; stop(); } }, { passive: true, capture: true });
    }
    window.addEventListener('popstate', () => {
      // A later Back or Forward takes over from this one.
      const mine = ++generation;
      const saved = Number(sessionStorage.getItem(key()) || 0);
      if (saved <= 0) return stop();
      restoring = true;
      root.dataset.restoringScroll = 'true';
      // A quick Back leaves the list on screen, still showing this very view, while the page it left is yet to be
      // drawn and replaced by a new list; a list counts as this Back's when it is another element, the same element
      // showing another view (Back from one page of results to the one before), or when something moved the page
      // since Back: Blazor scrolls to the top after the render that follows a link's click, and a quick Back can come
      // before that render. So the position is kept a while after it is reached, against a jump to the top.
      const before = shownList();
      const beforeView = before?.dataset.view;
      const startY = window.scrollY;
      const giveUpAt = performance.now() + 5000;
      let ours = false;
      let heldSince = null;
      const attempt = () => {
        if (mine !== generation) return;
        const now = performance.now();
        const list = shownList();
        ours ||= list !== null && (list !== before || list.dataset.view !== beforeView || Math.abs(window.scrollY - startY) > 1);
        const drawn = ours && list !== null && !document.querySelector('.mud-skeleton, .mud-progress-linear') &&
          root.scrollHeight - window.innerHeight >= saved;
        if (drawn && Math.abs(window.scrollY - saved) > 1) {
          // Once the position is reached, only a jump to the top is Blazor's; any other move is the reader's (a
          // scrollbar drag fires none of the inputs above in every browser), and ends the restore.
          if (heldSince !== null && window.scrollY >= 1) return stop();
          window.scrollTo({ top: saved });
        }
        heldSince = drawn && Math.abs(window.scrollY - saved) <= 1 ? (heldSince ?? now) : null;
        if ((heldSince !== null && now - heldSince > 1500) || now > giveUpAt) return stop();
        setTimeout(attempt, 30);
      };
      setTimeout(attempt, 30);
    });
  },
  // Keyboard work through a list (the review page) moves its focus past the window's edge; bring it back.
  showInView(selector) {
    document.querySelector(selector)?.scrollIntoView({ block: 'nearest' });
  },
  // Remembered in a cookie so the first, prerendered paint already has the right theme.
  rememberTheme(dark) {
    document.cookie = `theme=${dark ? 'dark' : 'light'}; path=/; max-age=31536000; samesite=lax`;
  }
};
