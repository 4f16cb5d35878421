/*
 * 销售经理培训教程 · embed helper. Put this after your <iframe> snippets:
 *   <script src="https://<course site>/embed.js" async></script>
 * It sizes every iframe that shows a worksheet of this course (src on this script's origin,
 * path …/embed/…) to the height the worksheet reports, so the page has no inner scrollbar.
 * Messages are accepted only from such an iframe's window and origin, and only in the
 * exact shape { type: 'smc-embed-height', height: <number of CSS pixels> }.
 * Without this script the iframe keeps its fixed height and scrolls.
 */
(function () {
  'use strict';
  if (window.__smcEmbed) return;
  window.__smcEmbed = true;
  var TYPE = 'smc-embed-height';
  var MIN = 100;
  var MAX = 50000;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;

  function frameFor(source, from) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== source) continue;
      var src;
      try {
        src = new URL(frame.src, location.href);
      } catch (e) {
        return null;
      }
      if (src.origin !== from || src.pathname.indexOf('/embed/') === -1) return null;
      return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (origin && event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
    var frame = frameFor(event.source, event.origin);
    if (!frame) return;
    frame.style.height = Math.ceil(height) + 'px';
  });
})();
