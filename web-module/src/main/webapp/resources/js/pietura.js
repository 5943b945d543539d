/* An Ajax request that ended on the sign-in page (the session expired): reload, so the user signs in
   and comes back to this page instead of a click that silently does nothing. */
$(document).on('pfAjaxComplete', function (event, xhr) {
    if (xhr && xhr.getResponseHeader && xhr.getResponseHeader('X-Pietura-Sign-In')) {
        window.location.reload();
    }
});
