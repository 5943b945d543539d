/* An Ajax request that ended on the sign-in page (the session expired): reload, so the user signs in
   and comes back to this page instead of a click that silently does nothing. */
if (window.jQuery) {
    $(document).on('pfAjaxComplete', function (event, xhr) {
        if (xhr && xhr.getResponseHeader && xhr.getResponseHeader('X-Pietura-Sign-In')) {
            window.location.reload();
        }
    });
}

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

/* A form's errors are tied to their fields (WCAG 1.3.1, 3.3.1): a field marked invalid is described by its own
   message beside it, or else by the page's list of messages (a live region, so the errors are announced), and
   after a submit that failed validation focus moves to the first such field, where the user fixes it. */
(function () {
    if (!window.jQuery) {
        return;
    }
    function describeErrors() {
        var list = $('.ui-messages-error').closest('.ui-messages[id]').first();
        $('[aria-invalid="true"]').each(function () {
            var field = $(this), own = field.closest('.field').find('.ui-message-error[id]').first(),
                target = own.length ? own : list;
            if (target.length) {
                field.attr('aria-describedby', target.attr('id'));
            }
        });
        return $('[aria-invalid="true"]').filter(':visible');
    }
    $(function () {
        var invalid = describeErrors();
        if (invalid.length) {
            invalid.first().trigger('focus');
        }
    });
    $(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
        var invalid = describeErrors();
        if (args && args.validationFailed && invalid.length) {
            invalid.first().trigger('focus');
        }
    });
})();

/* An Ajax update that replaces the element that had focus (a radio group re-rendered with its card, a button
   whose panel is swapped) would drop keyboard focus to the top of the page (WCAG 2.4.3): focus goes back to
   the element of the same id, or else to the nearest part of the page around it that is still there, so the
   next Tab continues from where the user was. */
(function () {
    if (!window.jQuery) {
        return;
    }
    var trail = [];
    document.addEventListener('focusin', function (event) {
        trail = [];
        for (var e = event.target; e && e !== document.body; e = e.parentElement) {
            if (e.id) {
                trail.push(e.id);
            }
        }
    });
    $(document).on('pfAjaxComplete', function () {
        var remembered = trail;
        setTimeout(function () {
            var active = document.activeElement;
            if (active && active !== document.body && document.contains(active)) {
                return;
            }
            for (var i = 0; i < remembered.length; i++) {
                var again = document.getElementById(remembered[i]);
                if (again && again.getClientRects().length) {
                    if (i > 0 && again.tabIndex < 0 && !again.hasAttribute('tabindex')) {
                        again.setAttribute('tabindex', '-1');
                    }
                    again.focus({preventScroll: true});
                    return;
                }
            }
        }, 0);
    });
})();

/* Enter on a link in a table opens it. PrimeFaces' table cell navigation answers Enter inside a cell by
   triggering a click on the cell's first link through jQuery, which does not follow a link, and prevents the
   browser's own activation, so a keyboard user could not open a case or a message from a list. The key is
   left to the browser for links; arrows still move between cells. */
document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key === 'Enter' && target.matches && target.matches('.ui-datatable td a[href]')) {
        event.stopPropagation();
    }
}, true);
