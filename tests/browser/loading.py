"""Waiting for a page in the browser tests."""


def fonts_settled(page):
    """Wait until the loaded page has asked for every font it shows: a layout makes the browser
    request the fonts its text needs, and `document.fonts.ready` waits for those to finish. (Not
    "networkidle", which waits for half a second without requests and once timed out in CI.)"""
    page.evaluate(
        "() => { document.body.getBoundingClientRect();"
        " return document.fonts.ready.then(() => true) }"
    )
