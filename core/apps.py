from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared base below every app (templates, middleware, caching, rate limits, menus).

    The label stays "portal", the package's name before the project shell moved out of it, so
    the tables and migrations of existing databases carry on unchanged."""

    name = "core"
    label = "portal"
    verbose_name = "Core"

    def ready(self):
        # Content changes must empty the page cache in every process, commands included; the
        # deploy checks of the portal's own settings are registered.
        from core import checks, page_cache  # noqa: F401
