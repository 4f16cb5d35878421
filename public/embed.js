/*
 * 销售经理培训教程 · embed helper. Put this after your <iframe> snippets:
 *   <script src="https://<course site>/embed.js" async></script>
 * It sizes every iframe that shows a worksheet of this course (src on this script's origin,
 * path …/embed/…) to the height the worksheet reports, so the page has no inner scrollbar.
 * Messages are accepted only from such an iframe's window and origin, and only in the
 * exact shape { type: 'smc-embed-height', height: <number of CSS pixels> }.
 * Without this script the iframe keeps its fixed height and scrolls.
 *
 * Where the browser does not let the iframe store anything (a cross-site frame), this script
 * keeps the participant's worksheets in this page's own localStorage, under keys that start
 * with "smc-embed:<course origin>|", and hands them back when the iframe asks again (see
 * exercises/core/bridge.ts for the messages). It answers only the same iframes as above, posts
 * only to the course origin, and accepts only the project's keys and bounded sizes. Nothing is
 * sent anywhere else: the data stays on the participant's device.
 */
(function () {
  'use strict';
  if (window.__smcEmbed) return;
  window.__smcEmbed = true;
  var TYPE = 'smc-embed-height';
  var MIN = 100;
  var MAX = 50000;
  var STORE = 'smc-embed-store';
  var KEY_PREFIX = 'smc:v1:';
  var KEY_MAX = 300;
  var VALUE_MAX = 1024 * 1024;
  var ID_MAX = 64;
  var ENTRIES_MAX = 2000;
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

  function isKey(key) {
    return typeof key === 'string' && key.length <= KEY_MAX && key.indexOf(KEY_PREFIX) === 0;
  }

  /** Answer a storage request of one of the course's iframes (its origin is `from`). */
  function store(data, source, from) {
    var prefix = 'smc-embed:' + from + '|';
    var reply = null;
    try {
      if (data.op === 'load') {
        if (typeof data.id !== 'string' || !data.id || data.id.length > ID_MAX) return;
        var entries = {};
        var count = 0;
        for (var i = 0; i < localStorage.length && count < ENTRIES_MAX; i++) {
          var stored = localStorage.key(i);
          if (!stored || stored.indexOf(prefix) !== 0) continue;
          var key = stored.slice(prefix.length);
          var value = localStorage.getItem(stored);
          if (!isKey(key) || value === null || value.length > VALUE_MAX) continue;
          entries[key] = value;
          count++;
        }
        reply = { type: STORE, op: 'loaded', id: data.id, entries: entries };
      } else if (!isKey(data.key)) {
        return;
      } else if (data.op === 'remove') {
        localStorage.removeItem(prefix + data.key);
      } else if (data.op === 'set') {
        if (typeof data.value !== 'string' || data.value.length > VALUE_MAX) return;
        localStorage.setItem(prefix + data.key, data.value);
      }
    } catch (e) {
      // This page's storage is full or blocked too: the worksheet then says it works in memory.
      reply = { type: STORE, op: 'failed' };
    }
    if (reply) source.postMessage(reply, from);
  }

  window.addEventListener('message', function (event) {
    if (origin && event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === STORE) {
      // Only this script's own origin may store: without it, nobody.
      if (origin && frameFor(event.source, event.origin)) store(data, event.source, origin);
      return;
    }
    if (data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
    var frame = frameFor(event.source, event.origin);
    if (!frame) return;
    frame.style.height = Math.ceil(height) + 'px';
  });
})();
