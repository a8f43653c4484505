from desktop.services.words.counts import counted


def test_one_is_singular_and_every_other_number_plural() -> None:
    assert counted(1, "project") == "1 project"
    assert [counted(n, "project") for n in (0, 2)] == ["0 projects", "2 projects"]
    assert counted(3, "consortium", "consortia") == "3 consortia"
