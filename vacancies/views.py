"""What the vacancy board's URLs answer. The VacancyIndexPage routes here (models/pages.py)."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.utils import feedgenerator, timezone
from django.utils.translation import get_language

from home.desks import job_office_for
from vacancies import lifecycle
from vacancies.filters import NEWEST, VacancyFilterSet
from vacancies.jobposting import job_posting
from vacancies.lifecycle import Lifecycle
from vacancies.models.vacancy import Vacancy, normalise_reference_code
from vacancies.presentation import (
    active_filters,
    facts_of,
    filter_groups,
    reader_text,
    response_routes,
    share_summary,
    support_of,
    vacancy_qr_svg,
)
from vacancies.query import for_cards

PAGE_SIZE = 20
FEED_SIZE = 50
API_PAGE_SIZE = 100
POSTERS_MAX = 30


def board_search(request, **fixed):
    """The board's FilterSet over the URL's parameters, `fixed` ones set whatever the URL says."""
    data = request.GET.copy()
    for name, value in fixed.items():
        data[name] = value
    filterset = VacancyFilterSet(data)
    return filterset, filterset.vacancy_query()


def paginate_counted(request, results, total, per_page):
    """A page of results whose total is already known from the counts (no extra COUNT)."""
    paginator = Paginator(results, per_page)
    paginator.__dict__["count"] = total
    return paginator.get_page(request.GET.get("page"))


def board(page, request):
    filterset, query = board_search(request)
    counts = query.counts()
    vacancies = paginate_counted(request, query.results(), counts["total"], PAGE_SIZE)
    language = get_language()
    cards = [(vacancy, reader_text(vacancy, language)) for vacancy in vacancies]
    request.alternate_subpath = ""
    return page.render(
        request,
        context_overrides={
            "filterset": filterset,
            "form": filterset.form,
            "filter_groups": filter_groups(filterset, counts),
            "active_filters": active_filters(request, filterset),
            "rejected_filters": filterset.rejected(),
            "vacancies": vacancies,
            "cards": cards,
            "total": counts["total"],
            "query_string": query_string_without(request, "page"),
        },
    )


def query_string_without(request, *names):
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()


def find_vacancy(page, request, code):
    """The vacancy with this reference code, or a redirect to its canonical (upper-case) URL."""
    canonical = normalise_reference_code(code)
    if canonical != code:
        return None, HttpResponsePermanentRedirect(
            page.get_url(request)
            + canonical
            + "/"
            + ("poster/" if request.path.endswith("/poster/") else "")
        )
    vacancy = for_cards(Vacancy.objects.filter(reference_code=canonical)).first()
    if vacancy is None:
        raise Http404
    return vacancy, None


def detail_context(page, request, vacancy):
    """What the detail template needs; the employers' preview renders a draft with it too."""
    language = get_language()
    text, facts = reader_text(vacancy, language), facts_of(vacancy)
    context = {
        "vacancy": vacancy,
        "text": text,
        "facts": facts,
        # For the head tags (core/sharing.py): a vacancy is one text, summed up by its facts.
        "meta_description": share_summary(vacancy, text, facts),
        "share_type": "article",
        "support": support_of(vacancy),
        "vacancy_url": request.build_absolute_uri(page.vacancy_url(vacancy, request)),
        # The board page's own translation notice is about its title and introduction, which
        # a vacancy page does not show; the vacancy text has its own notice.
        "translation_notice": None,
        "routes": response_routes(vacancy),
    }
    if vacancy.respond_via_job_office:
        place = vacancy.place
        context["job_office"] = job_office_for(
            [place.azc_name, place.name, place.municipality], request, language
        )
    return context


def detail(page, request, code):
    vacancy, redirect = find_vacancy(page, request, code)
    if redirect:
        return redirect
    request.alternate_subpath = vacancy.reference_code + "/"
    context = detail_context(page, request, vacancy)
    if vacancy.is_open():
        context["job_posting"] = job_posting(vacancy, context["text"], context["vacancy_url"])
        return page.render(
            request, context_overrides=context, template="vacancies/vacancy_detail.html"
        )
    if lifecycle.state_of(vacancy) != Lifecycle.EXPIRED:
        # Never published, or withdrawn before its closing date: nothing to show.
        raise Http404
    context["closed"] = True
    del context["routes"]
    response = page.render(
        request, context_overrides=context, template="vacancies/vacancy_detail.html"
    )
    if vacancy.is_gone():
        response.status_code = 410
    return response


def poster(page, request, code):
    vacancy, redirect = find_vacancy(page, request, code)
    if redirect:
        return redirect
    if not vacancy.is_open():
        raise Http404
    request.alternate_subpath = vacancy.reference_code + "/poster/"
    return render(
        request,
        "vacancies/posters.html",
        {"page": page, "posters": [poster_context(page, request, vacancy)], "single": True},
    )


def poster_context(page, request, vacancy):
    url = request.build_absolute_uri(page.vacancy_url(vacancy, request))
    return {
        "vacancy": vacancy,
        "text": reader_text(vacancy, get_language()),
        "facts": facts_of(vacancy),
        "support": support_of(vacancy),
        "url": url,
        "qr": vacancy_qr_svg(url),
    }


def poster_sheet(page, request):
    """Every open vacancy of a search as A4 posters, for the Job Office notice board."""
    filterset, query = board_search(request)
    vacancies = list(query.results()[: POSTERS_MAX + 1])
    return render(
        request,
        "vacancies/posters.html",
        {
            "page": page,
            "posters": [
                poster_context(page, request, vacancy) for vacancy in vacancies[:POSTERS_MAX]
            ],
            "too_many": len(vacancies) > POSTERS_MAX,
            "posters_max": POSTERS_MAX,
            "board_url": page.get_url(request)
            + ("?" + request.GET.urlencode() if request.GET else ""),
        },
    )


class PlainTextAtomFeed(feedgenerator.Atom1Feed):
    """An Atom feed whose entry summaries are plain text.

    Django marks every summary type="html", so a feed reader turns an employer's escaped
    "<script>" or "javascript:" link back into live markup. The employer's text is plain text;
    it goes in as a "plain_summary" item field and comes out as a summary of type "text"."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("plain_summary") is not None:
            handler.addQuickElement("summary", item["plain_summary"], {"type": "text"})


def atom_feed(page, request):
    """The same search as the board, as an Atom feed: newest 50, open vacancies only."""
    filterset, query = board_search(request, order=NEWEST)
    language = get_language()
    board_url = request.build_absolute_uri(page.get_url(request))
    feed = PlainTextAtomFeed(
        title=f"{page.title} - Werkroute",
        link=board_url + ("?" + request.GET.urlencode() if request.GET else ""),
        description=page.intro,
        language=language,
        feed_url=request.build_absolute_uri(),
    )
    for vacancy in query.results()[:FEED_SIZE]:
        text = reader_text(vacancy, language)
        url = request.build_absolute_uri(page.vacancy_url(vacancy, request))
        feed.add_item(
            title=f"{text.title} - {vacancy.employer_name}, {vacancy.place.name}",
            link=url,
            description=None,  # Django would send it as HTML; see PlainTextAtomFeed
            plain_summary=text.description,
            unique_id=url,
            pubdate=vacancy.first_published_at,
            updateddate=vacancy.last_published_at,
            categories=[str(vacancy.get_sector_display())],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def json_list(page, request):
    """Open vacancies for partner sites, with the board's filters. Fields: README.md."""
    filterset, query = board_search(request)
    counts = query.counts()
    vacancies = paginate_counted(request, query.results(), counts["total"], API_PAGE_SIZE)
    language = get_language()

    def page_url(number):
        params = request.GET.copy()
        params["page"] = number
        return request.build_absolute_uri("?" + params.urlencode())

    return JsonResponse(
        {
            "count": counts["total"],
            "page": vacancies.number,
            "pages": vacancies.paginator.num_pages,
            "next": page_url(vacancies.next_page_number()) if vacancies.has_next() else None,
            "previous": page_url(vacancies.previous_page_number())
            if vacancies.has_previous()
            else None,
            "ignored_filters": list(filterset.form.errors),
            "results": [
                api_item(page, request, vacancy, reader_text(vacancy, language))
                for vacancy in vacancies
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def api_item(page, request, vacancy, text):
    return {
        "reference_code": vacancy.reference_code,
        "url": request.build_absolute_uri(page.vacancy_url(vacancy, request)),
        "title": text.title,
        "description": text.description,
        "text_language": text.language,
        "machine_translated": text.is_machine,
        "employer": vacancy.employer_name,
        "sector": vacancy.sector,
        "kind": vacancy.kind,
        "contract": vacancy.contract,
        "hours_per_week": {"min": vacancy.hours_min, "max": vacancy.hours_max},
        "shifts": [shift.value for shift in vacancy.shifts],
        "place": {
            "name": vacancy.place.name,
            "municipality": vacancy.place.municipality,
            "latitude": float(vacancy.place.latitude),
            "longitude": float(vacancy.place.longitude),
        },
        "dutch_level": vacancy.dutch_level,
        "english_enough": vacancy.english_enough,
        "training_given": vacancy.training_given,
        "no_diploma_needed": vacancy.no_diploma_needed,
        "workplace_tour": vacancy.workplace_tour,
        "employer_applies_twv": vacancy.employer_applies_twv,
        "jobcoach_or_buddy": vacancy.jobcoach_or_buddy,
        "salary": None
        if vacancy.salary_min is None
        else {
            "min": str(vacancy.salary_min),
            "max": str(vacancy.salary_max) if vacancy.salary_max is not None else None,
            "per": vacancy.salary_period,
            "currency": "EUR",
        },
        "start_date": vacancy.start_date.isoformat() if vacancy.start_date else None,
        "closing_date": vacancy.closing_date.isoformat(),
        "date_posted": timezone.localtime(vacancy.first_published_at).date().isoformat()
        if vacancy.first_published_at
        else None,
        "respond": {
            "job_office": vacancy.respond_via_job_office,
            "url": vacancy.apply_url or None,
            "email": vacancy.apply_email or None,
        },
    }
