from pipeline.core.wording import counted, plural


def test_one_thing_is_singular_and_every_other_count_plural():
    assert counted(1, "file") == "1 file"
    assert counted(0, "file") == "0 files"
    assert counted(2, "error") == "2 errors"
    assert counted(1, "new path") == "1 new path"
    assert counted(3, "new path") == "3 new paths"


def test_irregular_plurals_and_a_given_plural():
    assert plural("entry") == "entries"
    assert counted(2, "batch") == "2 batches"
    assert counted(2, "person", "people") == "2 people"
    assert counted(1, "person", "people") == "1 person"
