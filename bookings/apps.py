from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingsConfig(AppConfig):
    """Talks at a desk: staff open time slots, residents book one without an account."""

    name = "bookings"
    verbose_name = _("Talks at the desk")

    def ready(self):
        # `home` must not import this app: the desk cards render whatever the "desk" slot holds.
        from bookings.desk_slot import book_a_talk_context
        from core import slots

        slots.register("desk", "bookings/includes/desk_slot.html", book_a_talk_context)
