/* Suggestions under the search box: an ARIA 1.2 combobox. Without this script the form
   simply searches. Arrow keys move through the suggestions, Enter opens one, Escape closes. */
(function () {
  "use strict";
  var DELAY = 200;

  function enhance(form) {
    var input = form.querySelector("input[name=q]");
    if (!input || form.dataset.enhanced) return;
    form.dataset.enhanced = "1";
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "werkroute-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.dataset.listLabel || "");
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "werkroute-visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(list);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var timer = null;
    var active = -1;
    var items = [];
    var asked = "";

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(index) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) input.setAttribute("aria-activedescendant", options[index].id);
      else input.removeAttribute("aria-activedescendant");
    }

    function show(suggestions) {
      items = suggestions;
      list.textContent = "";
      suggestions.forEach(function (suggestion, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = suggestion.title;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.href = suggestion.url;
        });
        list.appendChild(option);
      });
      if (!suggestions.length) {
        close();
        return;
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = (form.dataset.countText || "").replace("{count}", suggestions.length);
      active = -1;
    }

    function ask() {
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      if (text === asked) return;
      asked = text;
      fetch(form.dataset.suggestUrl + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        credentials: "omit",
      })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (data.query === text) show(data.suggestions || []); })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        if (event.key === "ArrowDown" && items.length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
          choose(0);
          event.preventDefault();
        }
        return;
      }
      if (event.key === "ArrowDown") {
        choose(Math.min(active + 1, items.length - 1));
        event.preventDefault();
      } else if (event.key === "ArrowUp") {
        choose(Math.max(active - 1, -1));
        event.preventDefault();
      } else if (event.key === "Escape") {
        close();
        event.preventDefault();
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].url;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  document.querySelectorAll("form.werkroute-search[data-suggest-url]").forEach(enhance);
})();
