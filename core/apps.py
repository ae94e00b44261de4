from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app shares; it imports from none of them."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
