from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        # Content changes must empty the page cache in every process, commands included; the
        # deploy checks of the portal's own settings are registered.
        from portal import checks, page_cache  # noqa: F401
