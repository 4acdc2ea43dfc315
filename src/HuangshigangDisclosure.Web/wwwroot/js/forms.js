// Long-running forms and copy buttons. The CSP forbids inline script, so pages opt in with attributes:
// <form data-busy> disables its submit buttons on submit and shows their data-busy-text (and any
// [data-busy-note] inside the form), so a 50,000-row import is not submitted twice;
// <button data-copy-target="id"> copies the value of that field.
(function () {
    "use strict";

    document.querySelectorAll("form[data-busy]").forEach(form => {
        form.addEventListener("submit", () => {
            // Deferred, so the browser has taken the form's data before the buttons are disabled.
            window.setTimeout(() => {
                form.querySelectorAll("button[type=submit]").forEach(button => {
                    button.disabled = true;
                    if (button.dataset.busyText) {
                        button.textContent = button.dataset.busyText;
                    }
                });
                form.querySelectorAll("[data-busy-note]").forEach(note => note.classList.remove("d-none"));
            }, 0);
        });
    });

    document.querySelectorAll("button[data-copy-target]").forEach(button => {
        button.addEventListener("click", async () => {
            const field = document.getElementById(button.dataset.copyTarget);
            if (!field) {
                return;
            }
            field.select();
            try {
                await navigator.clipboard.writeText(field.value);
            } catch {
                // Intranet pages over plain HTTP have no clipboard API; the selected text can still be copied by hand.
                document.execCommand("copy");
            }
            if (button.dataset.copiedText) {
                button.textContent = button.dataset.copiedText;
            }
        });
    });
})();
