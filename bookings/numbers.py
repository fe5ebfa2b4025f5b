"""Reading the phone or WhatsApp number a resident types, in whatever way they type it.

Residents type numbers as they know them: Dutch style (06 12345678), international (+31 6 ...,
0031 6 ...), with spaces, dashes, dots or brackets, and on an Arabic or Persian keyboard with
Arabic-Indic digits. Everything that is clearly a number is stored in one form, +<country><number>
(E.164), the form WhatsApp links need; anything else is refused with an example.
"""

import re

# Arabic-Indic (U+0660..) and Extended Arabic-Indic (Persian, U+06F0..) digits to 0-9.
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")} | {
    ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")
}
_SEPARATORS = re.compile(r"[\s\-.()/\u200e\u200f]")
_INTERNATIONAL = re.compile(r"^\+[1-9][0-9]{7,14}$")
# A Dutch number has nine digits after the country code 31.
_DUTCH = re.compile(r"^\+31[1-9][0-9]{8}$")


def normalise_phone(typed):
    """The number in international form (+316...), or None when it is not a number we know."""
    text = _SEPARATORS.sub("", (typed or "").translate(_DIGITS))
    if text.startswith("00"):
        text = "+" + text[2:]
    elif text.startswith("0"):
        text = "+31" + text[1:]
    if not _INTERNATIONAL.match(text):
        return None
    if text.startswith("+31") and not _DUTCH.match(text):
        return None
    return text


_REFERENCE = re.compile(r"^[A-Z0-9]{6}$")


def normalise_reference_code(typed):
    """A vacancy's reference code in upper case without spaces, or None when its form is wrong
    (six letters and digits). Only the form is checked: the booking must not depend on the
    vacancy board, and a code read off an old poster is still worth telling the staff."""
    text = _SEPARATORS.sub("", (typed or "").translate(_DIGITS)).upper()
    return text if _REFERENCE.match(text) else None
