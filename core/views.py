"""What every signed-in record view shares: who may reach it, and how bad input is answered."""

from http import HTTPStatus

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404


class RecordAccessMixin(LoginRequiredMixin):
    """Sign in first, then 404 for a record the reader may not see, 403 for one they may not change.

    The order is the programme's privacy rule: an anonymous reader is sent to the login page
    whatever the address names; a signed-in reader learns nothing of a record they may not see
    (the same 404 as a record that does not exist), and is told "forbidden" only about records
    they can already see. Views fill the hooks from their app's `permissions` module:

    - `get_object()` loads the record the address names (or raises Http404); it is kept in
      `self.object` before any method handler runs. None means there is no record to check
      (a list, or a form for something new whose checks need no record).
    - `can_view(user, obj)` and `can_change(user, obj)` answer for that record.
    - `requires_change()` says whether this request changes it: by default every request does
      (an edit form is not shown to someone who may not save it); a page that is read by many
      and changed by few answers `self.request.method == "POST"`.

    A form that does not validate is shown again with its errors and status 400, so that
    scripts and tests can tell a refused submission from a page that was merely shown.
    """

    object = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.object = self.get_object()
        if not self.can_view(request.user, self.object):
            raise Http404
        if self.requires_change() and not self.can_change(request.user, self.object):
            raise PermissionDenied
        # LoginRequiredMixin's own check has been made; go on to the view's handlers.
        return super(LoginRequiredMixin, self).dispatch(request, *args, **kwargs)

    def get_object(self):
        return None

    def can_view(self, user, obj):
        return True

    def can_change(self, user, obj):
        return True

    def requires_change(self):
        return True

    def form_invalid(self, form, **context):
        """The form again with its errors; `context` adds what the page shows beside it."""
        response = self.render_to_response(self.get_context_data(form=form, **context))
        response.status_code = HTTPStatus.BAD_REQUEST
        return response
