"""Objects built to last the session are left out of later garbage collections."""

from __future__ import annotations

import gc

from desktop.services.lifecycle.collector import building_long_lived


def test_what_is_built_to_last_is_out_of_the_collectors_reach() -> None:
    assert gc.isenabled()
    with building_long_lived():
        assert not gc.isenabled()
        index = [[name, [name.upper()]] for name in ("Deltares", "TNO", "TU Delft")]
    assert gc.isenabled()
    assert not any(entry is index for entry in gc.get_objects())
    assert gc.get_freeze_count() >= len(index)
    gc.unfreeze()


def test_the_collector_stays_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with building_long_lived():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
