// The page's part for the teacher (issue 7): options, data files (picker and drop). Runs after glue.js, in its scope
// (invoke, api, canvas, ready).
