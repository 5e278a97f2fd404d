"""kg.collector: the cyclic garbage collector paused for a block, and left as it was found."""
import gc

import pytest

from kg.collector import collector_paused


def test_the_collector_is_off_inside_and_back_on_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner block does not turn it back on early
    assert gc.isenabled()


def test_a_raise_inside_turns_it_back_on():
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("stage failed")
    assert gc.isenabled()


def test_a_collector_found_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
