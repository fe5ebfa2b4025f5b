"""The editors' login at /admin/login/: Wagtail's own view, with the same attempt limit as the
employers' login (portal/ratelimit.py, "admin_login")."""

from wagtail.admin.views.account import LoginView

from portal.ratelimit import RateLimitedLoginMixin


class RateLimitedAdminLoginView(RateLimitedLoginMixin, LoginView):
    rate_limit_name = "admin_login"
