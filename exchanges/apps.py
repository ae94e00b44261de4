from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangesConfig(AppConfig):
    name = "exchanges"
    verbose_name = _("Exchanges")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
