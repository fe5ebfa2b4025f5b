"""Admin menu items shown only to people who hold one permission (the editors' figures, the
desk staff's screens)."""

from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
