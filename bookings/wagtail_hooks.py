from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bookings import admin_urls
from bookings.models import Slot
from core.admin_menu import PermissionMenuItem


@hooks.register("register_admin_urls")
def register_booking_urls():
    return [path("afspraken/", include(admin_urls, namespace="bookings_admin"))]


class SlotViewSet(SnippetViewSet):
    """Single slots: list, change and delete (opening many at once is the "Open times" form)."""

    model = Slot
    icon = "time"
    add_to_admin_menu = False
    menu_label = _("Time slots")
    list_display = ["desk", "starts_at", "minutes"]
    list_filter = ["desk"]
    ordering = ["-starts_at"]


register_snippet(SlotViewSet)


@hooks.register("register_admin_menu_item")
def register_bookings_menu():
    items = [
        PermissionMenuItem(
            _("Day list"),
            reverse("bookings_admin:day"),
            icon_name="list-ul",
            permission="bookings.view_booking",
        ),
        PermissionMenuItem(
            _("Open times"),
            reverse("bookings_admin:open"),
            icon_name="plus",
            permission="bookings.add_slot",
        ),
        PermissionMenuItem(
            _("Time slots"),
            reverse("wagtailsnippets_bookings_slot:list"),
            icon_name="time",
            permission="bookings.change_slot",
        ),
    ]
    return SubmenuMenuItem(_("Talks at the desk"), Menu(items=items), icon_name="date", order=250)
