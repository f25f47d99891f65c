// The page's part for the class activities (issue 7): labels, the CSV of them, seed sweeps (a Promise),
// the gradient check. Runs after glue.js, in its scope (invoke, api, canvas, ready).
