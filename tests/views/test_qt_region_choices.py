"""The regions offered in the Match and desk forms: provinces, then clusters named with their
kind once, however the cluster's own name reads."""

from __future__ import annotations

from desktop.models.queries.code_names import load_code_names
from desktop.views.pages.matching.match_form import region_choices


def test_a_cluster_name_does_not_repeat_its_kind(database) -> None:
    with database.transaction() as session:
        names = load_code_names(session)
    labels = dict(region_choices(names, "cluster"))
    assert labels["NL-ZH"] == "Zuid-Holland"
    assert labels["CL-rijnmond-chemie"] == "Rotterdam-Rijnmond (chemisch cluster)"
    assert labels["CL-delft"] == "Delft (HTSM, cluster)"
    assert labels["CL-chemelot"] == "Chemelot (cluster)"
    for label in labels.values():
        assert label.casefold().count("cluster") <= 1, label
        assert ") (" not in label, label
