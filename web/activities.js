// The page's part for the class activities (issue 7): labels, the CSV of them, the chapter's colours,
// seed sweeps (a Promise), the gradient check. Runs after glue.js, in its scope (invoke, api, canvas,
// ready). Calls (src/app/script/calls_class_activities.cpp checks the arguments; bad ones throw RangeError;
// sweep() is the page's, around the app's, the others the app's):
//   fontshade.label(r, g, b, y)   label a colour: y 1 = dark text, 0 = light text (the book's labels);
//                                 answers the entry's index (a colour labelled again is relabelled)
//   fontshade.labels()            the labelled colours, [{r, g, b, y}], in the order first labelled
//   fontshade.labelAgreement()    how the labels agree with each rule: {labels, yiq, wcag2, apca},
//                                 each {agree, percent}
//   fontshade.exportCSV()         the labels as CSV in the book's format (the Export CSV button downloads it)
//   fontshade.chapterColours()    the chapter's colours (and CSS names typed in the colour field) with the
//                                 network's A2 and answer and each rule's: [{name, color, typed, A2,
//                                 network, yiq, wcag2, apca}]
//   fontshade.sweep(n)            a Promise of [{seed, test_accuracy, collapsed, dead}] for seeds 1..n
//                                 (1-200), the run's options and data, as `fontshade-cli sweep --json
//                                 --seeds n` gives them (a run that diverged has diverged_at_step instead
//                                 of test_accuracy and collapsed; a dead one dead_at_step). The app runs
//                                 it a slice a frame; the Promise rejects if the sweep is stopped or
//                                 replaced by another
//   fontshade.sweepStatus()       null, or where the sweep is: {id, count, seeds_done, running, stopped,
//                                 done, runs, timing: {frames, busy_seconds, longest_frame_seconds,
//                                 wall_seconds}}
//   fontshade.gradientCheck()     checks the step in view: {step, gradient, max_rel_error, C, rows:
//                                 [{name, backprop, numeric, rel_error}]}; throws at step 0
function sweepUntilDone(n) {
  var started;
  try { started = invoke('sweep', [n]); } catch (e) { return Promise.reject(e); }
  return new Promise(function (resolve, reject) {
    function poll() {
      var status = invoke('sweepStatus', []);
      if (!status || status.id !== started.id) {
        reject(new Error('the sweep of ' + n + ' seeds was replaced by another'));
      } else if (status.done) {
        resolve(status.runs);
      } else if (status.stopped) {
        reject(new Error('the sweep was stopped after ' + status.seeds_done + ' of ' + status.count + ' seeds'));
      } else {
        requestAnimationFrame(poll);
      }
    }
    requestAnimationFrame(poll);
  });
}

// The app's Export CSV button (src/app/ui/panels/panel_labels.cpp) hands the text here: a file download.
Module.fontshadeDownload = function (name, text) {
  var url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  var link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(function () { URL.revokeObjectURL(url); }, 30000);  // after the download has read it
};

// The page's own; the other calls above are the app's, wrapped from its list.
Object.assign(window.fontshade, { sweep: sweepUntilDone });
