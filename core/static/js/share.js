/* The "Copy link" button of the share block (core/templates/includes/share.html). Without this
   script the link stays in a read-only field to select and copy; with it, one press copies it
   and the status line (aria-live) says so. */
(function () {
  "use strict";

  function enhance(block) {
    var input = block.querySelector(".werkroute-share__input");
    var button = block.querySelector(".werkroute-share__button");
    var status = block.querySelector(".werkroute-share__status");
    if (!input || !button || !status) return;

    function say(text) {
      // Emptied first, so the same message twice is announced twice.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function selectLink() {
      input.focus();
      input.select();
    }

    input.addEventListener("focus", function () { input.select(); });

    if (!navigator.clipboard || !window.isSecureContext) return; // the field still works
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(
        function () { say(block.dataset.copied || ""); },
        function () { selectLink(); say(block.dataset.failed || ""); }
      );
    });
  }

  function start() {
    var blocks = document.querySelectorAll(".werkroute-share__copy");
    for (var i = 0; i < blocks.length; i++) enhance(blocks[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
