from django.db import models
from django.utils.translation import gettext_lazy as _


class Figures(models.Model):
    """No table: only the permissions to read the figures and the translation status."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_figures", _("Can see the portal's figures and export them")),
            ("view_translation_status", _("Can see which pages need translating")),
        ]

    def __str__(self):
        return str(self._meta.verbose_name)
