"""The editors' admin pages: figures with a chosen period and their exports, and the list of
pages that need a translator."""

import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from core.languages import language_name
from editors import exports, moderation
from editors.dashboard import dashboard_context
from editors.figures import Period
from editors.forms import (
    PeriodForm,
    RequestChangesForm,
    SectionExportForm,
    SectionImportForm,
    VacancyTranslationFormSet,
)
from editors.section_po import NotOurFile, export_section, import_section, parse, target_locale
from editors.translation_backlog import STATE_LABELS, page_needs, target_locales
from editors.vacancy_translations import save_translations
from vacancies.choices import TranslationQuality
from vacancies.models import Vacancy

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def needs(permission):
    """Staff permission check that answers 403 instead of sending to a login page."""
    return permission_required(permission, raise_exception=True)


def chosen_period(request):
    """The period in the query string, or the last 26 weeks; a bad period is reported."""
    if "start" not in request.GET and "end" not in request.GET:
        period = Period.last_weeks()
        return PeriodForm(initial={"start": period.start, "end": period.end}), period
    form = PeriodForm(request.GET)
    return form, form.period() if form.is_valid() else None


@require_safe
@needs("editors.view_figures")
def figures_page(request):
    form, period = chosen_period(request)
    context = {"form": form, "tables": exports.TABLES, "period": period}
    if period is not None:
        context.update(dashboard_context(period))
        context["query"] = f"start={period.start.isoformat()}&end={period.end.isoformat()}"
    return render(request, "editors/figures.html", context, status=200 if period else 400)


@require_safe
@needs("editors.view_figures")
def export(request, slug, extension):
    if extension not in CONTENT_TYPES or (slug not in exports.TABLES and slug != exports.ALL):
        raise Http404
    if slug == exports.ALL and extension != "xlsx":
        raise Http404
    form, period = chosen_period(request)
    if period is None:
        return render(
            request, "editors/figures.html", {"form": form, "tables": exports.TABLES}, status=400
        )
    if extension == "csv":
        body = exports.as_csv(slug, period)
    else:
        body = exports.as_xlsx(list(exports.TABLES) if slug == exports.ALL else [slug], period)
    response = HttpResponse(body, content_type=CONTENT_TYPES[extension])
    filename = f"werkroute-{slug}-{period.start.isoformat()}-{period.end.isoformat()}"
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response


@require_safe
@needs("editors.view_translation_status")
def translations(request):
    locales = target_locales()
    codes = [locale.language_code for locale in locales]
    language = request.GET.get("language")
    if language not in codes:
        language = codes[0] if codes else None
    state = request.GET.get("state")
    if state not in STATE_LABELS:
        state = None
    rows = [need for need in page_needs(language) if state in (None, need.state)] if codes else []
    return render(
        request,
        "editors/translations.html",
        {
            "rows": rows,
            "language": language,
            "state": state,
            "languages": [(code, language_name(code)) for code in codes],
            "states": STATE_LABELS.items(),
        },
    )


# --- a whole section as a PO file ------------------------------------------------------------

NOT_OUR_FILE_MESSAGES = {
    "unreadable": _("This file is not a PO file we can read. Upload the .po file as exported."),
    "not_ours": _("This PO file was not exported from this page. Export the section here first."),
    "other_language": _("This PO file is for another language than the one you chose."),
}


@require_safe
@needs("wagtail_localize.submit_translation")
def section_po(request):
    export_form = SectionExportForm(request.GET or None)
    if request.GET and export_form.is_valid():
        section = export_form.cleaned_data["section"]
        locale = target_locale(export_form.cleaned_data["language"])
        po = export_section(section, locale)
        response = HttpResponse(str(po), content_type="text/x-gettext-translation; charset=utf-8")
        filename = f"werkroute-{section.slug}-{locale.language_code}.po"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return render(
        request,
        "editors/section_po.html",
        {"export_form": export_form, "import_form": SectionImportForm()},
        status=400 if request.GET else 200,
    )


@require_POST
@needs("wagtail_localize.submit_translation")
def section_po_import(request):
    form = SectionImportForm(request.POST, request.FILES)
    if form.is_valid():
        locale = target_locale(form.cleaned_data["language"])
        try:
            po = parse(form.cleaned_data["po_file"].read(), locale)
        except NotOurFile as error:
            form.add_error("po_file", NOT_OUR_FILE_MESSAGES[error.code])
        else:
            result = import_section(po, locale, request.user)
            return render(
                request,
                "editors/section_po_result.html",
                {"result": result, "language": locale.language_code},
            )
    return render(
        request,
        "editors/section_po.html",
        {"export_form": SectionExportForm(), "import_form": form},
        status=400,
    )


# --- vacancy texts in other languages --------------------------------------------------------

VACANCIES_PER_PAGE = 50


@require_safe
@needs("vacancies.change_vacancytranslation")
def vacancy_translation_list(request):
    missing = request.GET.get("missing")
    if missing not in dict(settings.LANGUAGES):
        missing = None
    vacancies = (
        Vacancy.objects.visible()
        .prefetch_related("translations")
        .order_by("-first_published_at", "pk")
    )
    if missing:
        vacancies = vacancies.exclude(translations__language=missing).exclude(language=missing)
    page = Paginator(vacancies, VACANCIES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "editors/vacancy_translation_list.html",
        {"page": page, "missing": missing, "languages": settings.LANGUAGES},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@needs("vacancies.change_vacancytranslation")
def vacancy_translation_edit(request, pk):
    vacancy = get_object_or_404(Vacancy.objects.visible(), pk=pk)
    formset = VacancyTranslationFormSet(
        request.POST or None,
        instance=vacancy,
        initial=[{"quality": TranslationQuality.REVIEWED}],
    )
    if request.method == "POST" and formset.is_valid():
        save_translations(formset, request.user)
        messages.success(request, gettext("The translations are saved and shown on the vacancy."))
        return redirect("editors:vacancy_translations")
    return render(
        request,
        "editors/vacancy_translation_edit.html",
        {"vacancy": vacancy, "formset": formset},
        status=400 if request.method == "POST" else 200,
    )


# --- the moderators' queue of vacancies ------------------------------------------------------

MODERATION_PER_PAGE = 25
# Who answers a vacancy's moderation: the permission the moderators' group holds, and the
# moderation task's own groups (editors/moderation.py) for each vacancy.
MODERATE = "vacancies.publish_vacancy"


def changes_form(item, data=None):
    """The "request changes" form of one queue item; the prefix keeps its ids apart."""
    return RequestChangesForm(data, prefix=f"changes-{item.task_state.pk}")


def back_to_queue_when_not_waiting(view):
    """A submission another moderator answered, or the employer withdrew, meanwhile: say so
    on the queue instead of showing or answering it."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except moderation.NotWaiting:
            # Messages are stored after the admin's language is switched back: translate here.
            messages.info(
                request,
                gettext(
                    "This vacancy is no longer waiting for review: another moderator answered "
                    "it, or the employer withdrew it."
                ),
            )
            return redirect("editors:moderation_queue")

    return wrapped


def render_item(request, item, form, status=200, error=None):
    return render(
        request,
        "editors/moderation_item.html",
        {"item": item, "form": form, "error": error},
        status=status,
    )


@require_safe
@needs(MODERATE)
def moderation_queue(request):
    tasks = moderation.moderation_tasks()
    states = moderation.open_task_states(request.user, tasks).select_related(
        "workflow_state", "revision"
    )
    page = Paginator(states, MODERATION_PER_PAGE).get_page(request.GET.get("page"))
    items = moderation.queue_items(page.object_list, request.user, tasks)
    return render(
        request,
        "editors/moderation_queue.html",
        {"page": page, "rows": [(item, changes_form(item)) for item in items]},
    )


@require_safe
@needs(MODERATE)
@back_to_queue_when_not_waiting
def moderation_item(request, task_state_id):
    item = moderation.open_item(task_state_id, request.user)
    return render_item(request, item, changes_form(item))


@require_POST
@needs(MODERATE)
@back_to_queue_when_not_waiting
def moderation_approve(request, task_state_id):
    try:
        vacancy = moderation.approve(task_state_id, request.user, request.POST.get("revision", ""))
    except moderation.ChangedSinceShown:
        messages.warning(
            request,
            gettext(
                "This vacancy was changed after you opened it. Check the latest version below "
                "and answer again."
            ),
        )
        return redirect("editors:moderation_item", task_state_id)
    except PermissionDenied:
        item = moderation.open_item(task_state_id, request.user)
        return render_item(
            request,
            item,
            changes_form(item),
            status=403,
            error=_(
                "You made the latest change to this vacancy, so another moderator approves it."
            ),
        )
    messages.success(
        request, gettext("Approved and published: %(title)s") % {"title": vacancy.title}
    )
    return redirect("editors:moderation_queue")


@require_POST
@needs(MODERATE)
@back_to_queue_when_not_waiting
def moderation_request_changes(request, task_state_id):
    item = moderation.open_item(task_state_id, request.user)
    form = changes_form(item, request.POST)
    if not form.is_valid():
        return render_item(request, item, form, status=400)
    moderation.request_changes(task_state_id, request.user, form.cleaned_data["comment"])
    messages.success(
        request,
        gettext("Sent back to the employer with your comment: %(title)s")
        % {"title": item.edited.title},
    )
    return redirect("editors:moderation_queue")
