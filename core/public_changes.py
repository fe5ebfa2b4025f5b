"""Whether a save or delete changes anything a visitor can see: the one rule behind emptying
the page cache and the board's cached counts.

A draft, an unpublished revision of a live page or vacancy, a review step, a log line, a login
or an organisation an editor has not approved yet shows nowhere public; emptying every cached
page for each of them would let any employer slow the whole portal down by saving drafts.
What does change public pages: saving, publishing, unpublishing or deleting live content, and
saving anything without a draft state that a page shows (rules, locations, menu, footer).
A vacancy passing its closing date needs no save: the page cache's key carries the date.
"""

from django.db.models.signals import pre_save

from modelcluster.fields import ParentalKey
from wagtail.images.models import AbstractRendition
from wagtail.models import DraftStateMixin

# Whole apps and single models whose rows no public page shows.
NEVER_PUBLIC = {
    "sessions",
    "admin",
    "contenttypes",
    "auth",
    "wagtailcore.revision",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "wagtailsearch.indexentry",
    "employers.posting",
    "employers.membership",
    "employers.callbackrequest",
    "search.searchlogentry",
}

# Fields that save_revision(), locking and comments write on the object itself: the live
# version stays exactly as it was.
BOOKKEEPING_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_at",
    "locked_by",
}

# Models without a draft state that are public only in some states.
PUBLIC_WHEN = {
    "employers.organisation": lambda organisation: organisation.approved_at is not None,
}


def is_public(instance):
    """Whether this row, as it is in memory now, shows on a public page."""
    if isinstance(instance, DraftStateMixin):
        return bool(instance.live)
    parent = _parent(instance)
    if parent is not None:
        return is_public(parent)
    rule = PUBLIC_WHEN.get(instance._meta.label_lower)
    return rule(instance) if rule else True


def _parent(instance):
    """The object a ParentalKey row belongs to (a vacancy's translation, a profile's story)."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, ParentalKey):
            return getattr(instance, field.name, None)
    return None


def never_public(model):
    meta = model._meta
    return (
        meta.app_label in NEVER_PUBLIC
        or meta.label_lower in NEVER_PUBLIC
        or issubclass(model, AbstractRendition)  # copies made while pages render
    )


def changes_public_content(sender, instance=None, update_fields=None, **kwargs):
    """For post_save and post_delete: does this change what a visitor sees?"""
    if never_public(sender):
        return False
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return False
    if instance is None:
        return True
    return is_public(instance) or getattr(instance, "_was_public", False)


def remember_if_public(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a save of a model public only in some states: a row taken out of public view
    (an organisation no longer approved) changes public pages as much as one put into it.
    Draft-state models need no look-up: unpublishing sends its own signal."""
    if raw or instance.pk is None or instance._meta.label_lower not in PUBLIC_WHEN:
        return
    before = sender._base_manager.filter(pk=instance.pk).first()
    instance._was_public = before is not None and is_public(before)


pre_save.connect(remember_if_public, dispatch_uid="portal_public_changes_remember")
