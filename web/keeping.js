// The page's part for keeping and sharing (issue 8): the address as a link, saved settings, downloads, the clipboard, the screen reader's text. Runs after glue.js, in its scope
// (invoke, api, canvas, ready).
