from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class HomeConfig(AppConfig):
    # apps.py holds a second config (UsersConfig, and Wagtail's it extends): without `default`
    # Django would give "home" a bare AppConfig and ready() would never connect the signals.
    default = True
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the project's user screens (`home.viewsets.UserViewSet`)."""

    default = False
    user_viewset = "home.viewsets.UserViewSet"
