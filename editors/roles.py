"""Who may do what in the admin, as data: the three roles of DESIGN.md and their permissions.

`sync_roles` makes the groups match this file exactly: it adds what is missing and takes away
what is not listed, so it is safe to run again (a migration runs it, `load_demo` and the
`sync_roles` command too). Page permissions hang on pages, so they follow the page trees that
exist when it runs: run `manage.py sync_roles` after adding a language.

Least privilege:
- Redacteuren write, publish and translate the editorial content (pages, rules, locations,
  images, documents), keep the minimum wage the vacancy board checks pay against and the
  employers' service point, answer employers' call-back requests, choose promoted search
  results, see vacancies and employers, and read the figures.
- Moderatoren approve or reject vacancies and employer organisations, nothing else (they may
  look up the minimum wage that a vacancy's pay flag names).
- Vertalers translate: they edit and publish pages in the translated languages, translate
  rules, locations, the employers' service point and vacancy texts, but have no permission
  on the Dutch source tree, and may not add rules or locations (which is what lets them edit
  the source; see core.permissions).
"""

from django.conf import settings

from core.permissions import permission_for

EDITORS = "Redacteuren"
MODERATORS = "Moderatoren"
TRANSLATORS = "Vertalers"

# Wagtail's own starter groups: replaced by ours, removed while nobody is in them.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")

ADMIN = ["wagtailadmin.admin.access_admin"]
TRANSLATE = [
    "wagtail_localize.translation.submit_translation",
    "home.rulestatement.view_rulestatement",
    "home.rulestatement.change_rulestatement",
    "home.location.view_location",
    "home.location.change_location",
    "home.pagetranslationstatus.view_pagetranslationstatus",
    "home.pagetranslationstatus.change_pagetranslationstatus",
    "editors.figures.view_translation_status",
    "vacancies.vacancytranslation.view_vacancytranslation",
    "vacancies.vacancytranslation.add_vacancytranslation",
    "vacancies.vacancytranslation.change_vacancytranslation",
    "vacancies.vacancytranslation.delete_vacancytranslation",
    "employers.employerservicepoint.view_employerservicepoint",
    "employers.employerservicepoint.change_employerservicepoint",
]

MODEL_PERMISSIONS = {
    EDITORS: ADMIN
    + TRANSLATE
    + [
        "home.rulestatement.add_rulestatement",
        "home.rulestatement.delete_rulestatement",
        "home.location.add_location",
        "home.location.delete_location",
        "home.pagetranslationstatus.add_pagetranslationstatus",
        "home.minimumwage.view_minimumwage",
        "home.minimumwage.add_minimumwage",
        "home.minimumwage.change_minimumwage",
        "home.minimumwage.delete_minimumwage",
        "employers.employerservicepoint.add_employerservicepoint",
        "employers.callbackrequest.view_callbackrequest",
        "employers.callbackrequest.change_callbackrequest",
        "vacancies.vacancy.view_vacancy",
        "vacancies.place.view_place",
        "vacancies.place.add_place",
        "vacancies.place.change_place",
        "employers.organisation.view_organisation",
        "editors.figures.view_figures",
        "wagtailsearchpromotions.searchpromotion.view_searchpromotion",
        "wagtailsearchpromotions.searchpromotion.add_searchpromotion",
        "wagtailsearchpromotions.searchpromotion.change_searchpromotion",
        "wagtailsearchpromotions.searchpromotion.delete_searchpromotion",
    ],
    MODERATORS: ADMIN
    + [
        "vacancies.vacancy.view_vacancy",
        "vacancies.vacancy.change_vacancy",
        "vacancies.vacancy.publish_vacancy",
        "home.minimumwage.view_minimumwage",
        "employers.organisation.view_organisation",
        "employers.organisation.change_organisation",
    ],
    TRANSLATORS: ADMIN + TRANSLATE,
}

# (group, which page trees, page permissions): "all" is the root page, "translations" is the
# top page of every language but the source language.
PAGE_PERMISSIONS = [
    (EDITORS, "all", ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]),
    (TRANSLATORS, "translations", ["change_page", "publish_page"]),
]

COLLECTION_PERMISSIONS = {
    EDITORS: [
        "wagtailimages.image.add_image",
        "wagtailimages.image.change_image",
        "wagtailimages.image.choose_image",
        "wagtaildocs.document.add_document",
        "wagtaildocs.document.change_document",
        "wagtaildocs.document.choose_document",
    ],
    TRANSLATORS: ["wagtailimages.image.choose_image", "wagtaildocs.document.choose_document"],
}

ROLES = (EDITORS, MODERATORS, TRANSLATORS)


def sync_roles(apps):
    """Make the role groups hold exactly the permissions above. Takes an app registry, so a
    migration can pass its historical models (`django.apps.apps` otherwise)."""
    Group = apps.get_model("auth", "Group")
    for name in WAGTAIL_DEFAULT_GROUPS:
        Group.objects.filter(name=name, user__isnull=True).delete()

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    for name, specs in MODEL_PERMISSIONS.items():
        groups[name].permissions.set([_permission(apps, spec) for spec in specs])
    _sync_page_permissions(apps, groups)
    _sync_collection_permissions(apps, groups)
    return groups


def _permission(apps, spec):
    return permission_for(apps, *spec.split("."))


def _page_trees(apps, which):
    Page = apps.get_model("wagtailcore", "Page")
    if which == "all":
        return list(Page.objects.filter(depth=1))
    return list(Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE))


def _sync_page_permissions(apps, groups):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for name in ROLES:
        wanted = set()
        for group_name, which, codenames in PAGE_PERMISSIONS:
            if group_name != name:
                continue
            for page in _page_trees(apps, which):
                for codename in codenames:
                    permission = _permission(apps, f"wagtailcore.page.{codename}")
                    wanted.add((page.pk, permission.pk))
        existing = GroupPagePermission.objects.filter(group=groups[name])
        for row in existing:
            if (row.page_id, row.permission_id) not in wanted:
                row.delete()
        have = {(row.page_id, row.permission_id) for row in existing}
        for page_id, permission_id in wanted - have:
            GroupPagePermission.objects.create(
                group=groups[name], page_id=page_id, permission_id=permission_id
            )


def _sync_collection_permissions(apps, groups):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    for name in ROLES:
        specs = COLLECTION_PERMISSIONS.get(name, [])
        wanted = {_permission(apps, spec).pk for spec in specs} if root else set()
        GroupCollectionPermission.objects.filter(group=groups[name]).exclude(
            collection=root, permission_id__in=wanted
        ).delete()
        for permission_id in wanted:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root, permission_id=permission_id
            )
