"""What the head-tag tests share: test_head_tags.py (the rules, on the skeleton) and
test_head_tags_demo.py (every page type of the demo)."""

# Facebook-style locales, as the apps that read og:locale know them. Written out here, not read
# from core/languages.py, so that the tests check that table instead of repeating it.
EXPECTED_LOCALES = {
    "nl": "nl_NL",
    "en": "en_GB",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "ti": "ti_ER",
    "tr": "tr_TR",
}


def meta(page, key):
    """The content of <meta name=key> or <meta property=key>, or None."""
    tag = page.find("meta", attrs={"name": key}) or page.find("meta", attrs={"property": key})
    return tag["content"] if tag else None
