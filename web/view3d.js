// The page's part for the 3-D view (issue 18). Runs after glue.js, in its scope (invoke).
//   fontshade.view3d(o)   o: any of {yaw, pitch, zoom, space}: yaw -180..180 and pitch -90..90 degrees,
//                         zoom 0.5..4, space 'cube' or 'hidden' (shown at once). Shows the 3-D view
//                         and answers {open, yaw, pitch, zoom, space, blend}. A value out of range, not
//                         finite or of the wrong type, or an unknown key, throws a RangeError naming it.
(function () {
  // JSON has no NaN or infinities (JSON.stringify writes null): they go as text, and the app names them.
  function sendable(value) { return typeof value === 'number' && !isFinite(value) ? String(value) : value; }
  window.fontshade.view3d = function (o) {
    if (o === undefined) return invoke('view3d', []);
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return invoke('view3d', [sendable(o)]);
    var plain = {};
    Object.keys(o).forEach(function (key) { plain[key] = sendable(o[key]); });
    return invoke('view3d', [plain]);
  };
})();
