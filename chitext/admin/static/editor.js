// Live preview for the template editor: re-render with sample data as the editor types.
(function () {
  "use strict";
  var box = document.getElementById("body");
  if (!box) { return; }
  var text = document.getElementById("preview-text");
  var error = document.getElementById("preview-error");
  var segments = document.getElementById("preview-segments");
  var encoding = document.getElementById("preview-encoding");
  var units = document.getElementById("preview-units");
  var ucs = document.getElementById("preview-ucs");
  var ucsChars = document.getElementById("preview-ucs-chars");
  var timer = null;
  var sent = 0;

  function show(result) {
    if (!result.ok) {
      error.textContent = (result.line ? "Line " + result.line + ": " : "") + result.error;
      error.hidden = false;
      segments.textContent = encoding.textContent = units.textContent = "–";
      ucs.hidden = true;
      return;
    }
    error.hidden = true;
    var offenders = new Set(result.non_gsm);
    text.textContent = "";
    Array.from(result.text).forEach(function (ch) {
      if (offenders.has(ch)) {
        var mark = document.createElement("mark");
        mark.title = "not in the GSM-7 alphabet";
        mark.textContent = ch;
        text.appendChild(mark);
      } else {
        text.appendChild(document.createTextNode(ch));
      }
    });
    segments.textContent = result.segments;
    encoding.textContent = result.encoding;
    units.textContent = result.units;
    ucs.hidden = result.non_gsm.length === 0;
    ucsChars.textContent = result.non_gsm.join(" ");
  }

  function refresh() {
    var ticket = ++sent;
    fetch(box.dataset.previewUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": box.dataset.csrf },
      body: JSON.stringify({ key: box.dataset.key, body: box.value })
    }).then(function (response) {
      if (!response.ok) { throw new Error("preview failed (" + response.status + ")"); }
      return response.json();
    }).then(function (result) {
      if (ticket === sent) { show(result); }  // ignore answers to older keystrokes
    }).catch(function (problem) {
      error.textContent = String(problem.message || problem);
      error.hidden = false;
    });
  }

  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 200);
  });
})();
