"""The editors' login at /admin/login/, for staff accounts only: Wagtail's own view, with the
same limits on failed attempts as the employers' login (core/ratelimit.py, "admin_login")."""

from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.admin.views.account import LoginView

from core.ratelimit import RateLimitedLoginMixin
from employers.accounts import is_staff_account, staff_accounts


class RateLimitedAdminLoginView(RateLimitedLoginMixin, LoginView):
    rate_limit_name = "admin_login"
    reset_route = "wagtailadmin_password_reset"

    def form_valid(self, form):
        # Employer accounts log in on the employers' pages; here they get the answer of a
        # wrong password, and count as one.
        if not is_staff_account(form.get_user()):
            form.add_error(None, form.get_invalid_login_error())
            return self.form_invalid(form)
        return super().form_valid(form)


class StaffPasswordResetForm(PasswordResetForm):
    """The admin's password reset (WAGTAILADMIN_USER_PASSWORD_RESET_FORM): a link only for staff
    accounts, so an employer's address gets no mail that leads into the admin."""

    def get_users(self, email):
        staff = staff_accounts().values("pk")
        return (user for user in super().get_users(email) if staff.filter(pk=user.pk))
