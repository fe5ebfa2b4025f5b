from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Installed only so Django finds the `load_demo` command; the app has no models."""

    name = "demo"
    verbose_name = "Demo content"
