from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        # Content changes must empty the page cache in every process, commands included.
        from portal import page_cache  # noqa: F401
