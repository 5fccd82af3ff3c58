// Sizes the explorer's embeds on a host page. Paste once per page, after the iframes:
//
//   <iframe src="https://…/?embed=ranking&embedId=ranking-1" title="…" data-ecoles-embed
//     height="600" style="width: 100%; border: 0" loading="lazy"></iframe>
//   <script src="https://…/embed.js" async></script>
//
// Each embed posts { type: 'ecoles-international:height', id, height } to its host whenever its
// content changes height. This script sets an iframe's height only from a message that comes from
// that very iframe (event.source is its contentWindow), from the origin of its src (event.origin),
// with the id of its src (embedId=, when it has one); every other message is ignored. Any number
// of embeds can share a page; loading the script twice adds one listener only.
(function () {
  'use strict';
  var TYPE = 'ecoles-international:height';
  var MAX = 100000;
  if (window.__ecolesEmbed) return;
  window.__ecolesEmbed = true;

  /** @param {string} src @returns {URL | null} */
  function parse(src) {
    try {
      return new URL(src, document.baseURI);
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !(height >= 0 && height <= MAX)) return;
    var frames = document.querySelectorAll('iframe[data-ecoles-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
      if (!event.source || frame.contentWindow !== event.source) continue;
      var src = parse(frame.src);
      if (!src || src.origin !== event.origin) continue;
      var id = src.searchParams.get('embedId');
      if (id !== null && data.id !== id) continue;
      frame.style.height = Math.ceil(height) + 'px';
    }
  });
})();
