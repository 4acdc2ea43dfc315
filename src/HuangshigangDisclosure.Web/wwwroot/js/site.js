// Client-side sorting for tables marked class="sortable": click a header with data-sort="text|number".
// Served by the portal itself (no CDN); the CSP forbids inline script, so behaviour lives here.
(function () {
    "use strict";
    const collator = new Intl.Collator("zh-CN", { numeric: true });

    function cellValue(row, index, kind) {
        const cell = row.cells[index];
        const text = cell ? (cell.dataset.value ?? cell.textContent.trim()) : "";
        if (kind === "number") {
            const number = parseFloat(text.replace(/[^0-9.\-]/g, ""));
            return Number.isNaN(number) ? -Infinity : number;
        }
        return text;
    }

    function sortBy(table, header) {
        const index = Array.prototype.indexOf.call(header.parentElement.children, header);
        const kind = header.dataset.sort;
        const ascending = header.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("th[aria-sort]").forEach(th => th.removeAttribute("aria-sort"));
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        rows.sort((a, b) => {
            const x = cellValue(a, index, kind);
            const y = cellValue(b, index, kind);
            const order = kind === "number" ? x - y : collator.compare(x, y);
            return ascending ? order : -order;
        });
        rows.forEach(row => body.appendChild(row));
    }

    document.querySelectorAll("table.sortable").forEach(table => {
        table.querySelectorAll("th[data-sort]").forEach(header => {
            header.tabIndex = 0;
            header.addEventListener("click", () => sortBy(table, header));
            header.addEventListener("keydown", event => {
                if (event.key === "Enter" || event.key === " ") {
                    event.preventDefault();
                    sortBy(table, header);
                }
            });
        });
    });
})();

// Fields that apply to one choice only: data-show-when="selectId=value" shows the element while the select holds that value.
(function () {
    "use strict";
    document.querySelectorAll("[data-show-when]").forEach(element => {
        const [id, value] = element.dataset.showWhen.split("=");
        const select = document.getElementById(id);
        if (!select) {
            return;
        }
        const update = () => { element.hidden = select.value !== value; };
        select.addEventListener("change", update);
        update();
    });
})();

// Print buttons (the bulletin page): the CSP forbids onclick="window.print()".
document.querySelectorAll("[data-print]").forEach(button => button.addEventListener("click", () => window.print()));
