"""Creating the portal's Wagtail locales; shared by the data migration and `load_demo`."""


def ensure_locales(locale_model, synchronization_model, language_codes, source_code):
    """Make a locale for each language and let every other locale sync its tree from the source.

    Takes the model classes as arguments so a migration can pass its historical models.
    Only adds what is missing; returns the locales by language code.
    """
    locales = {
        code: locale_model.objects.get_or_create(language_code=code)[0] for code in language_codes
    }
    source = locales[source_code]
    for code, locale in locales.items():
        if code != source_code:
            synchronization_model.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
    return locales
