"""Problems with an organisation's values, put into words."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop.services.organisations.validation import Problem

translate = QCoreApplication.translate
_CONTACT_FIELD = re.compile(r"contacts\[(\d+)\]\.(\w+)")


def problem_text(problem: Problem) -> str:
    """One sentence that says which field is wrong and what it should look like."""
    value = problem.value
    contact = _CONTACT_FIELD.fullmatch(problem.field)
    if contact is not None:
        number = str(int(contact.group(1)) + 1)
        if problem.code == "bad_email":
            text = translate("OrganisationProblems", "Contact %1: “%2” is not an email address.")
            return text.replace("%1", number).replace("%2", value)
        return translate("OrganisationProblems", "Contact %1 needs a name.").replace("%1", number)
    texts = {
        "required": translate("OrganisationProblems", "The name is required."),
        "bad_kvk": translate("OrganisationProblems", "KvK number “%1”: a KvK number has 8 digits."),
        "bad_pic": translate("OrganisationProblems", "PIC “%1”: a PIC has 9 digits."),
        "bad_postcode": translate(
            "OrganisationProblems",
            "Postcode “%1”: a Dutch postcode is 4 digits and 2 letters, as in 1234 AB.",
        ),
        "bad_website": translate(
            "OrganisationProblems", "Website “%1” is not a web address (such as www.example.nl)."
        ),
        "bad_country": translate(
            "OrganisationProblems",
            "Country “%1”: use a two-letter country code such as NL, BE or DE.",
        ),
        "bad_employees": translate(
            "OrganisationProblems", "Employees “%1” is not a number of people."
        ),
        "kind_mismatch": translate(
            "OrganisationProblems",
            "The helix kind does not fit the type: choose the kind of that type.",
        ),
        "unknown_kind": translate("OrganisationProblems", "Choose a helix kind."),
        "unknown_type": translate("OrganisationProblems", "Choose a type."),
        "duplicate_kvk": translate(
            "OrganisationProblems", "This KvK number already belongs to “%1”."
        ),
        "duplicate_pic": translate("OrganisationProblems", "This PIC already belongs to “%1”."),
        "ambiguous_city": translate(
            "OrganisationProblems",
            "There is a town of this name in more than one municipality (%1): choose the province.",
        ),
    }
    return texts.get(problem.code, problem.code).replace("%1", value)
