/* An Ajax request that ended on the sign-in page (the session expired): reload, so the user signs in
   and comes back to this page instead of a click that silently does nothing. */
$(document).on('pfAjaxComplete', function (event, xhr) {
    if (xhr && xhr.getResponseHeader && xhr.getResponseHeader('X-Pietura-Sign-In')) {
        window.location.reload();
    }
});

/* A dialog gives focus back where it was when it opened (WCAG 2.4.3): PrimeFaces 15 keeps focus inside an
   open dialog and closes it on Escape, but leaves focus at the top of the page when it closes. */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Dialog) {
        return;
    }
    var dialog = PrimeFaces.widget.Dialog.prototype, show = dialog.show, hide = dialog.hide, lastFocused = null;
    /* the button that opened a dialog by Ajax is disabled while the request runs, so it has lost focus by then */
    document.addEventListener('focusin', function (event) {
        if (!$(event.target).closest('.ui-dialog').length) {
            lastFocused = event.target;
        }
    });
    dialog.show = function () {
        if (!this.isVisible()) {
            var active = document.activeElement;
            this.pieturaOpener = active && active !== document.body && !$(active).closest('.ui-dialog').length
                ? active
                : lastFocused;
        }
        return show.apply(this, arguments);
    };
    dialog.hide = function () {
        var result = hide.apply(this, arguments), opener = this.pieturaOpener;
        this.pieturaOpener = null;
        if (opener && opener !== document.body && document.contains(opener)) {
            setTimeout(function () { opener.focus(); }, 0);
        }
        return result;
    };
})();
