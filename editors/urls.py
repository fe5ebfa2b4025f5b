from django.urls import path

from editors import views

app_name = "editors"

urlpatterns = [
    path("figures/", views.figures_page, name="figures"),
    path("figures/<slug:slug>.<str:extension>", views.export, name="export"),
    path("translations/", views.translations, name="translations"),
    path("translations/po/", views.section_po, name="section_po"),
    path("translations/po/import/", views.section_po_import, name="section_po_import"),
    path("vacancy-translations/", views.vacancy_translation_list, name="vacancy_translations"),
    path(
        "vacancy-translations/<int:pk>/",
        views.vacancy_translation_edit,
        name="vacancy_translation_edit",
    ),
    path("moderation/", views.moderation_queue, name="moderation_queue"),
    path("moderation/<int:task_state_id>/", views.moderation_item, name="moderation_item"),
    path(
        "moderation/<int:task_state_id>/approve/",
        views.moderation_approve,
        name="moderation_approve",
    ),
    path(
        "moderation/<int:task_state_id>/request-changes/",
        views.moderation_request_changes,
        name="moderation_request_changes",
    ),
]
