// Allot admin center: the little behaviour plain HTML cannot express. No build step; htmx does the rest.
(function () {
  "use strict";

  // Every htmx request carries the CSRF token, like every form does.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A select marked data-autosubmit submits its form when changed (the language picker).
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches("select[data-autosubmit]")) {
      target.form.submit();
    }
  });

  // Tri-state product boxes: the server marks "some of the selected users" with data-indeterminate;
  // only script can show that state. A click moves the box to checked or cleared, like Partner Center.
  function showIndeterminate(root) {
    root.querySelectorAll("input[type=checkbox][data-indeterminate]").forEach(function (box) {
      box.indeterminate = true;
    });
  }
  document.addEventListener("DOMContentLoaded", function () { showIndeterminate(document); });
  document.addEventListener("htmx:afterSettle", function (event) { showIndeterminate(event.target); });
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.matches && box.matches("input[type=checkbox][data-indeterminate]")) {
      box.removeAttribute("data-indeterminate");
      var state = box.form && box.form.querySelector('input[type=hidden][name="state-' + box.value + '"]');
      if (state) {
        state.value = box.checked ? "all" : "none";
      }
    }
  });

  // The header box selects or clears every row of the page. It runs in the capture phase, before the form
  // sends its state, so one request carries the whole page.
  document.addEventListener("change", function (event) {
    var all = event.target;
    if (all.matches && all.matches("input[type=checkbox][data-select-page]")) {
      document.querySelectorAll(all.getAttribute("data-select-page")).forEach(function (box) {
        box.checked = all.checked;
        var row = box.closest("tr");
        if (row) { row.classList.toggle("selected", all.checked); }
      });
    }
  }, true);
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.matches && box.matches("tr input[type=checkbox][name=selected]")) {
      box.closest("tr").classList.toggle("selected", box.checked);
    }
  });

  // Dialogs: buttons with data-open-dialog open the named <dialog>; data-close-dialog closes its own.
  document.addEventListener("click", function (event) {
    var opener = event.target.closest && event.target.closest("[data-open-dialog]");
    if (opener) {
      var dialog = document.getElementById(opener.getAttribute("data-open-dialog"));
      if (dialog) {
        event.preventDefault();
        dialog.showModal();
      }
    }
    var closer = event.target.closest && event.target.closest("[data-close-dialog]");
    if (closer) {
      event.preventDefault();
      closer.closest("dialog").close();
    }
  });

  // Close the right pane (button or Escape) and give focus back to the table.
  function closePane() {
    var pane = document.getElementById("pane");
    if (pane && pane.firstElementChild) {
      pane.innerHTML = "";
      var table = document.getElementById("user-table");
      if (table) { table.querySelector("button, a, input") && table.querySelector("button.row-link, a, input").focus(); }
    }
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-close-pane]")) {
      event.preventDefault();
      closePane();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !document.querySelector("dialog[open]")) {
      closePane();
    }
  });

  // Move focus to a pane or result that htmx just brought in, so keyboard and screen reader users follow.
  document.addEventListener("htmx:afterSettle", function (event) {
    var focus = event.target.querySelector && event.target.querySelector("[data-focus-on-load]");
    if (focus) {
      focus.focus();
    }
  });
})();

// Multi-user licenses and user pages
(function () {
  "use strict";

  // Manage product licenses: a product box keeps its state input ("all" or "none") in step on every click, not
  // only the first one that ends its partly ticked state, so the server always reads what the admin chose.
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.matches && box.matches("input[type=checkbox][data-tristate]")) {
      var state = box.form && box.form.querySelector('input[type=hidden][name="state-' + box.value + '"]');
      if (state) {
        state.value = box.checked ? "all" : "none";
      }
    }
  });

  // The Assigned popovers (<details class="popover">): one open at a time; Escape or a click elsewhere closes it,
  // and Escape gives focus back to its summary.
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.popover[open]").forEach(function (popover) {
      if (!popover.contains(event.target)) {
        popover.removeAttribute("open");
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.querySelectorAll("details.popover[open]").forEach(function (popover) {
        popover.removeAttribute("open");
        popover.querySelector("summary").focus();
      });
    }
  });

  // A whole page can bring a result or an error summary too (after a redirect or a refused form): focus it.
  document.addEventListener("DOMContentLoaded", function () {
    var focus = document.querySelector("[data-focus-on-load]");
    if (focus) {
      focus.focus();
    }
  });
})();
