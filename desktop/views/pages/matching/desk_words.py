"""The one-stop desk's answer in words: each instrument's fit, where the region came from, and the
notes a consortium draft starts with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.matching.desk import REGION_ASKER, REGION_CHOSEN, DeskAnswer, InstrumentFit
from desktop.services.matching.questions import QuestionRow
from desktop.views.reason_words import ReasonWords, fill

translate = QCoreApplication.translate


def instrument_cells(words: ReasonWords, fit: InstrumentFit, asker: str) -> tuple[str, str, str]:
    """Instrument, whether it fits (the consortium, or the asking company alone), and what its
    rules say."""
    notes = [words.condition(c) for c in fit.conditions]
    notes += [words.violation(v) for v in fit.violations]
    if fit.unchecked:
        notes.append(words.unchecked(fit.unchecked))
    fits = words.labels.yes_no(fit.fits)
    if fit.alone:
        if fit.fits:
            fits = translate("DeskWords", "Yes, alone")
        notes.append(fill(translate("DeskWords", "One applicant: judged for %1 alone"), asker))
    return (
        words.instrument(fit.code),
        fits,
        "; ".join(notes) or translate("DeskWords", "Every rule holds"),
    )


def region_line(words: ReasonWords, answer: DeskAnswer) -> str:
    """Which regional preference the answer used, and why."""
    suggestion = answer.result.suggestion
    read = words.region_note(suggestion)
    if read:
        return read
    if answer.region_source == REGION_ASKER and suggestion.region:
        return fill(
            translate("DeskWords", "Region: %1, the asking company's province"),
            words.names.region(suggestion.region),
        )
    if answer.region_source == REGION_CHOSEN and suggestion.region:
        return fill(
            translate("DeskWords", "Region: %1, as chosen"), words.names.region(suggestion.region)
        )
    return translate(
        "DeskWords",
        "Region: anywhere (none chosen, none named in the question, no province of the company)",
    )


def draft_notes(
    words: ReasonWords, question: QuestionRow, instrument: str | None, chosen: bool, day: str
) -> str:
    """The notes a draft made at the desk starts with: the question, where it came from and why
    it has its instrument."""
    if question.organisation_name:
        origin = fill(
            translate(
                "DeskWords", "Knowledge question “%1” of %2, taken in at the one-stop desk on %3."
            ),
            question.title,
            question.organisation_name,
            day,
        )
    else:
        origin = fill(
            translate("DeskWords", "Knowledge question “%1”, taken in at the one-stop desk on %2."),
            question.title,
            day,
        )
    if instrument is None:
        why = translate(
            "DeskWords", "No instrument fits the suggested consortium; choose one in the editor."
        )
    elif chosen:
        why = fill(
            translate("DeskWords", "Instrument: %1, chosen at the desk."),
            words.instrument(instrument),
        )
    else:
        why = fill(
            translate(
                "DeskWords",
                "Instrument: %1, the best fit: the suggested consortium meets its rules.",
            ),
            words.instrument(instrument),
        )
    return "\n\n".join(part for part in (question.text.strip(), f"{origin}\n{why}") if part)
