"""The desk staff's role: open slots and handle bookings, nothing else in the admin.

Made by a data migration (bookings/migrations/0002_desk_staff_role.py) and kept in step by
`load_demo`; like editors/roles.py, it sets exactly these permissions, so running it again
takes away anything added by hand."""

from core.permissions import permission_for

DESK_STAFF = "Baliemedewerkers"

DESK_STAFF_PERMISSIONS = [
    "wagtailadmin.admin.access_admin",
    "bookings.slot.view_slot",
    "bookings.slot.add_slot",
    "bookings.slot.change_slot",
    "bookings.slot.delete_slot",
    "bookings.booking.view_booking",
    "bookings.booking.change_booking",
]


def sync_desk_staff_role(apps):
    """Takes an app registry, so a migration can pass its historical models."""
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=DESK_STAFF)
    group.permissions.set(
        [permission_for(apps, *spec.split(".")) for spec in DESK_STAFF_PERMISSIONS]
    )
    return group
